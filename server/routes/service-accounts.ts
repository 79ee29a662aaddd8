// /orgs/{orgId}/serviceAccounts: org service accounts, their projects, secrets and access list.
import { Hono } from "hono";
import { createOrgServiceAccountSchema, updateOrgServiceAccountSchema } from "../../contract/service-accounts.ts";
import type { Deps } from "../domain/deps.ts";
import {
  createOrgAccount, deleteOrgAccount, getOrgAccount, listAccountGroups, listOrgAccounts, updateOrgAccount,
} from "../domain/service-accounts.ts";
import { atlasJson, noContent, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";
import { credentialRoutes } from "./sa-credentials.ts";

export function serviceAccountRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const list = "/orgs/:orgId/serviceAccounts";
  const account = `${list}/:clientId`;

  r.get(list, async (c) => atlasJson(c, await listOrgAccounts(deps, c.get("principal"), idParam(c, "orgId"), requestUrl(c), pageParams(c))));
  r.post(list, async (c) => {
    const orgId = idParam(c, "orgId");
    const body = await parseBody(c, createOrgServiceAccountSchema, "org");
    return atlasJson(c, await createOrgAccount(deps, c.get("principal"), orgId, body), 201);
  });
  r.get(account, async (c) => atlasJson(c, await getOrgAccount(deps, c.get("principal"), idParam(c, "orgId"), c.req.param("clientId"))));
  r.patch(account, async (c) => {
    const orgId = idParam(c, "orgId");
    const body = await parseBody(c, updateOrgServiceAccountSchema, "org");
    return atlasJson(c, await updateOrgAccount(deps, c.get("principal"), orgId, c.req.param("clientId"), body));
  });
  r.delete(account, async (c) => {
    await deleteOrgAccount(deps, c.get("principal"), idParam(c, "orgId"), c.req.param("clientId"));
    return noContent(c);
  });
  r.get(`${account}/groups`, async (c) =>
    atlasJson(c, await listAccountGroups(deps, c.get("principal"), idParam(c, "orgId"), c.req.param("clientId"), requestUrl(c), pageParams(c))),
  );
  credentialRoutes(r, deps, account, (c) => ({ kind: "org", orgId: idParam(c, "orgId") }));
  return r;
}
