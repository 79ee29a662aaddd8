// /orgs/{orgId}/apiKeys and a key's access list.
import { Hono } from "hono";
import { accessListRequestSchema } from "../../contract/access-list.ts";
import { createOrgApiKeySchema, updateOrgApiKeySchema } from "../../contract/api-keys.ts";
import type { Deps } from "../domain/deps.ts";
import { addEntries, deleteEntry, getEntry, listEntries } from "../domain/access-list.ts";
import { createOrgKey, deleteOrgKey, getOrgKey, listOrgKeys, updateOrgKey } from "../domain/org-keys.ts";
import { atlasJson, noContent, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";

export function orgKeyRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const key = "/orgs/:orgId/apiKeys/:apiUserId";

  r.get("/orgs/:orgId/apiKeys", async (c) =>
    atlasJson(c, await listOrgKeys(deps, c.get("principal"), idParam(c, "orgId"), requestUrl(c), pageParams(c))),
  );
  r.post("/orgs/:orgId/apiKeys", async (c) => {
    const orgId = idParam(c, "orgId");
    const body = await parseBody(c, createOrgApiKeySchema, "org");
    return atlasJson(c, await createOrgKey(deps, c.get("principal"), orgId, body, requestUrl(c).origin));
  });
  r.get(key, async (c) =>
    atlasJson(c, await getOrgKey(deps, c.get("principal"), idParam(c, "orgId"), idParam(c, "apiUserId"), requestUrl(c).origin)),
  );
  r.patch(key, async (c) => {
    const [orgId, keyId] = [idParam(c, "orgId"), idParam(c, "apiUserId")];
    const body = await parseBody(c, updateOrgApiKeySchema, "org");
    return atlasJson(c, await updateOrgKey(deps, c.get("principal"), orgId, keyId, body, requestUrl(c).origin));
  });
  r.delete(key, async (c) => {
    await deleteOrgKey(deps, c.get("principal"), idParam(c, "orgId"), idParam(c, "apiUserId"));
    return noContent(c);
  });

  r.get(`${key}/accessList`, async (c) => {
    const [orgId, keyId] = [idParam(c, "orgId"), idParam(c, "apiUserId")];
    return atlasJson(c, await listEntries(deps, c.get("principal"), orgId, keyId, requestUrl(c), pageParams(c)));
  });
  r.post(`${key}/accessList`, async (c) => {
    const [orgId, keyId, params] = [idParam(c, "orgId"), idParam(c, "apiUserId"), pageParams(c)];
    const body = await parseBody(c, accessListRequestSchema);
    return atlasJson(c, await addEntries(deps, c.get("principal"), orgId, keyId, body, requestUrl(c), params));
  });
  // A CIDR arrives with its slash encoded as %2F; the {.+} pattern also takes a decoded slash.
  r.get(`${key}/accessList/:entry{.+}`, async (c) => {
    const [orgId, keyId] = [idParam(c, "orgId"), idParam(c, "apiUserId")];
    return atlasJson(c, await getEntry(deps, c.get("principal"), orgId, keyId, c.req.param("entry"), requestUrl(c).origin));
  });
  r.delete(`${key}/accessList/:entry{.+}`, async (c) => {
    const [orgId, keyId] = [idParam(c, "orgId"), idParam(c, "apiUserId")];
    await deleteEntry(deps, c.get("principal"), orgId, keyId, c.req.param("entry"));
    return noContent(c);
  });
  return r;
}
