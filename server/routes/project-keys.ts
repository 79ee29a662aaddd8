// /groups/{groupId}/apiKeys: project keys and assignments of org keys.
import { Hono } from "hono";
import {
  assignProjectApiKeySchema,
  createProjectApiKeySchema,
  updateProjectApiKeySchema,
} from "../../contract/api-keys.ts";
import type { Deps } from "../domain/deps.ts";
import {
  assignProjectKey,
  createProjectKey,
  listProjectKeys,
  removeProjectKey,
  updateProjectKey,
} from "../domain/project-keys.ts";
import { atlasJson, noContent, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";

export function projectKeyRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const key = "/groups/:groupId/apiKeys/:apiUserId";

  r.get("/groups/:groupId/apiKeys", async (c) =>
    atlasJson(c, await listProjectKeys(deps, c.get("principal"), idParam(c, "groupId"), requestUrl(c), pageParams(c))),
  );
  r.post("/groups/:groupId/apiKeys", async (c) => {
    const groupId = idParam(c, "groupId");
    const body = await parseBody(c, createProjectApiKeySchema, "group");
    return atlasJson(c, await createProjectKey(deps, c.get("principal"), groupId, body, requestUrl(c).origin));
  });
  r.post(key, async (c) => {
    const [groupId, keyId] = [idParam(c, "groupId"), idParam(c, "apiUserId")];
    const [assignment] = await parseBody(c, assignProjectApiKeySchema, "group");
    await assignProjectKey(deps, c.get("principal"), groupId, keyId, assignment?.roles ?? []);
    return noContent(c);
  });
  r.patch(key, async (c) => {
    const [groupId, keyId] = [idParam(c, "groupId"), idParam(c, "apiUserId")];
    const body = await parseBody(c, updateProjectApiKeySchema, "group");
    return atlasJson(c, await updateProjectKey(deps, c.get("principal"), groupId, keyId, body, requestUrl(c).origin));
  });
  r.delete(key, async (c) => {
    await removeProjectKey(deps, c.get("principal"), idParam(c, "groupId"), idParam(c, "apiUserId"));
    return noContent(c);
  });
  return r;
}
