// GET /orgs/{orgId}/users and /groups/{groupId}/users (read-only).
import { Hono } from "hono";
import { userListParamsSchema } from "../../contract/org-users.ts";
import type { Deps } from "../domain/deps.ts";
import { listGroupUsers, listOrgUsers } from "../domain/org-users.ts";
import { atlasJson, type AppEnv } from "../http/env.ts";
import { idParam, requestUrl } from "../http/params.ts";
import { parseQuery } from "../http/validate.ts";
import { DEFAULT_VERSION } from "../http/versioning.ts";

export function orgUserRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get("/orgs/:orgId/users", async (c) => {
    const orgId = idParam(c, "orgId");
    const version = c.get("apiVersion") ?? DEFAULT_VERSION;
    return atlasJson(c, await listOrgUsers(deps, c.get("principal"), orgId, version, requestUrl(c), parseQuery(c, userListParamsSchema)));
  });
  r.get("/groups/:groupId/users", async (c) => {
    const groupId = idParam(c, "groupId");
    const version = c.get("apiVersion") ?? DEFAULT_VERSION;
    return atlasJson(c, await listGroupUsers(deps, c.get("principal"), groupId, version, requestUrl(c), parseQuery(c, userListParamsSchema)));
  });
  return r;
}
