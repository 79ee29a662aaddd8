// Navigation: the orgs and projects the caller can see.
import type { Group, Org } from "../../contract/orgs.ts";
import type { Paginated, PageParams } from "../../contract/pagination.ts";
import { envelopeOf } from "../http/paginate.ts";
import type { Deps } from "./deps.ts";
import { canReadGroup, readableGroup, readableOrg } from "./permissions.ts";
import { presentGroup, presentOrg } from "./present.ts";
import type { Principal } from "./principal.ts";

export async function listOrgs(deps: Deps, p: Principal, url: URL, params: PageParams): Promise<Paginated<Org>> {
  const orgs = await deps.store.listOrgs([...p.orgRoles.keys()]);
  return envelopeOf(url, params, orgs.map((o) => presentOrg(url.origin, o)));
}

export async function getOrg(deps: Deps, p: Principal, orgId: string, origin: string): Promise<Org> {
  return presentOrg(origin, await readableOrg(deps.store, p, orgId));
}

export async function listOrgGroups(deps: Deps, p: Principal, orgId: string, url: URL, params: PageParams): Promise<Paginated<Group>> {
  await readableOrg(deps.store, p, orgId);
  const groups = (await deps.store.listGroups(orgId))
    .filter((g) => canReadGroup(p, g))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return envelopeOf(url, params, groups.map((g) => presentGroup(url.origin, g)));
}

export async function getGroup(deps: Deps, p: Principal, groupId: string, origin: string): Promise<Group> {
  return presentGroup(origin, await readableGroup(deps.store, p, groupId));
}
