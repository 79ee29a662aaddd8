// A service account's secrets and access list: the same routes under
// /orgs/{orgId}/serviceAccounts/{clientId} and /groups/{groupId}/serviceAccounts/{clientId},
// told apart only by the scope the permission checks use (domain/sa-access.ts).
import type { Hono } from "hono";
import { accessListRequestSchema } from "../../contract/access-list.ts";
import { createSecretSchema } from "../../contract/service-accounts.ts";
import type { Deps } from "../domain/deps.ts";
import type { SaScope } from "../domain/sa-access.ts";
import { addSaEntries, deleteSaEntry, listSaEntries } from "../domain/sa-access-list.ts";
import { createSecret, deleteSecret } from "../domain/sa-secrets.ts";
import { atlasJson, noContent, type AppContext, type AppEnv } from "../http/env.ts";
import { pageParams, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";

/** `account`: the account's path with :clientId; `scopeOf` reads the org or project id from the path. */
export function credentialRoutes(r: Hono<AppEnv>, deps: Deps, account: string, scopeOf: (c: AppContext) => SaScope): void {
  const clientId = (c: AppContext) => c.req.param("clientId") ?? "";

  r.post(`${account}/secrets`, async (c) => {
    const scope = scopeOf(c);
    const body = await parseBody(c, createSecretSchema);
    return atlasJson(c, await createSecret(deps, c.get("principal"), scope, clientId(c), body.secretExpiresAfterHours), 201);
  });
  r.delete(`${account}/secrets/:secretId`, async (c) => {
    await deleteSecret(deps, c.get("principal"), scopeOf(c), clientId(c), c.req.param("secretId"));
    return noContent(c);
  });

  r.get(`${account}/accessList`, async (c) =>
    atlasJson(c, await listSaEntries(deps, c.get("principal"), scopeOf(c), clientId(c), requestUrl(c), pageParams(c))),
  );
  r.post(`${account}/accessList`, async (c) => {
    const [scope, params] = [scopeOf(c), pageParams(c)];
    const body = await parseBody(c, accessListRequestSchema);
    return atlasJson(c, await addSaEntries(deps, c.get("principal"), scope, clientId(c), body, requestUrl(c), params));
  });
  // A CIDR arrives with its slash encoded as %2F; the {.+} pattern also takes a decoded slash.
  r.delete(`${account}/accessList/:entry{.+}`, async (c) => {
    await deleteSaEntry(deps, c.get("principal"), scopeOf(c), clientId(c), c.req.param("entry"));
    return noContent(c);
  });
}
