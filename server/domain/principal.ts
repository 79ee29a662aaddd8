// Who is calling: a console user or an API key, with their roles per org and
// per project. Both kinds go through the same permission checks.
import type { Store } from "../store/types.ts";

export interface Principal {
  kind: "user" | "apiKey";
  /** User id or API key id. */
  id: string;
  orgRoles: ReadonlyMap<string, readonly string[]>;
  groupRoles: ReadonlyMap<string, readonly string[]>;
  /** The caller's address as the server sees it. */
  callerIp: string;
}

export async function userPrincipal(store: Store, userId: string, callerIp: string): Promise<Principal> {
  const [orgs, groups] = await Promise.all([store.listUserOrgRoles(userId), store.listUserGroupRoles(userId)]);
  return {
    kind: "user",
    id: userId,
    orgRoles: new Map(orgs.map((m) => [m.scopeId, m.roles])),
    groupRoles: new Map(groups.map((m) => [m.scopeId, m.roles])),
    callerIp,
  };
}

/** An API key's principal; its roles come from the key's state (auth/key-access.ts). */
export function keyPrincipal(
  keyId: string,
  roles: { orgRoles: ReadonlyMap<string, readonly string[]>; groupRoles: ReadonlyMap<string, readonly string[]> },
  callerIp: string,
): Principal {
  return { kind: "apiKey", id: keyId, orgRoles: roles.orgRoles, groupRoles: roles.groupRoles, callerIp };
}
