// Project users (Atlas v2): list, get, add an org member, replace their
// project roles (Atlas's PUT .../roles), remove them from the project.
import { Hono, type Context } from "hono";
import { groupRolesUpdateSchema, groupUserRequestSchema } from "../../contract/people.ts";
import type { Deps } from "../domain/deps.ts";
import { getGroupUser, listGroupUsers } from "../domain/org-users.ts";
import { addGroupUser, removeGroupUser, setGroupUserRoles } from "../domain/project-people.ts";
import { atlasJson, noContent, type AppEnv } from "../http/env.ts";
import { idParam, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";
import { DEFAULT_VERSION } from "../http/versioning.ts";
import { userListParams } from "./org-users.ts";
import { answerVariesWithTime } from "../http/answer-cache.ts";

export function projectUserRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const version = (c: Context<AppEnv>) => c.get("apiVersion") ?? DEFAULT_VERSION;
  r.get("/groups/:groupId/users", async (c) => {
    answerVariesWithTime(c);
    const groupId = idParam(c, "groupId");
    return atlasJson(c, await listGroupUsers(deps, c.get("principal"), groupId, version(c), requestUrl(c), userListParams(c)));
  });
  r.post("/groups/:groupId/users", async (c) => {
    const groupId = idParam(c, "groupId");
    const body = await parseBody(c, groupUserRequestSchema, "groupUser");
    return atlasJson(c, await addGroupUser(deps, c.get("principal"), groupId, body), 201);
  });
  r.get("/groups/:groupId/users/:userId", async (c) => {
    answerVariesWithTime(c);
    const [groupId, userId] = [idParam(c, "groupId"), idParam(c, "userId")];
    return atlasJson(c, await getGroupUser(deps, c.get("principal"), groupId, userId, version(c), requestUrl(c)));
  });
  r.put("/groups/:groupId/users/:userId/roles", async (c) => {
    const [groupId, userId] = [idParam(c, "groupId"), idParam(c, "userId")];
    const { groupRoles } = await parseBody(c, groupRolesUpdateSchema, "groupUser");
    return atlasJson(c, await setGroupUserRoles(deps, c.get("principal"), groupId, userId, groupRoles));
  });
  r.delete("/groups/:groupId/users/:userId", async (c) => {
    const [groupId, userId] = [idParam(c, "groupId"), idParam(c, "userId")];
    await removeGroupUser(deps, c.get("principal"), groupId, userId);
    return noContent(c);
  });
  return r;
}
