// Atlas's one-role calls: POST /orgs/{orgId}/users/{userId}:addRole|:removeRole
// ({orgRole}) and /groups/{groupId}/users/{userId}:addRole|:removeRole
// ({groupRole}), and the deprecated PUT /orgs/{orgId}/users/{userId}/roles ({orgRoles}). Each is a replacement of the role list through the same
// domain calls as PATCH and PUT .../roles, so the same rules hold (owners
// only, the last owner, no raising one's own roles). Hono reads
// "{userId}:addRole" as one path segment; the action is split off here.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { orgRoleSchema, projectRoleSchema, type OrgRole } from "../../contract/roles.ts";
import type { Deps } from "../domain/deps.ts";
import { updateOrgUser } from "../domain/org-people.ts";
import { orgRolesOf, type Person } from "../domain/people-view.ts";
import { setGroupUserRoles } from "../domain/project-people.ts";
import { ApiError } from "../http/api-error.ts";
import { atlasJson, type AppEnv } from "../http/env.ts";
import { idParam } from "../http/params.ts";
import { OBJECT_ID } from "../../contract/ids.ts";
import { parseBody } from "../http/validate.ts";

const orgRoleBody = z.strictObject({ orgRole: orgRoleSchema });
/** Atlas's deprecated UpdateOrgRolesForUser: the whole list of org roles. */
const orgRolesBody = z.strictObject({ orgRoles: z.array(orgRoleSchema).min(1, { error: "Give at least one organization role." }).max(7) });
const groupRoleBody = z.strictObject({ groupRole: projectRoleSchema });

function action(c: Context): { userId: string; add: boolean } {
  const [userId = "", verb] = (c.req.param("target") ?? "").split(":");
  if (verb !== "addRole" && verb !== "removeRole") throw new ApiError(404, "RESOURCE_NOT_FOUND", `No resource at ${c.req.method} ${c.req.path}.`);
  if (!OBJECT_ID.test(userId)) throw new ApiError(400, "PATH_PARAM_PARSE_ERROR", "Path parameter userId must be a 24-character hexadecimal id.", ["userId"]);
  return { userId, add: verb === "addRole" };
}

function changed<R extends string>(roles: readonly R[], role: R, add: boolean): R[] {
  const next = add ? [...new Set([...roles, role])] : roles.filter((r) => r !== role);
  if (next.length === 0) throw new ApiError(409, "CANNOT_REMOVE_ALL_ROLES", "A member keeps at least one role: remove them instead.", [role]);
  return next;
}

export function userRoleActionRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post("/orgs/:orgId/users/:target", async (c) => {
    const orgId = idParam(c, "orgId");
    const { userId, add } = action(c);
    const { orgRole } = await parseBody(c, orgRoleBody, "orgUser");
    const toOrgRoles = (person: Person) => ({ roles: { orgRoles: changed(orgRolesOf(person) as OrgRole[], orgRole, add) } });
    return atlasJson(c, await updateOrgUser(deps, c.get("principal"), orgId, userId, toOrgRoles));
  });
  r.put("/orgs/:orgId/users/:userId/roles", async (c) => {
    const [orgId, userId] = [idParam(c, "orgId"), idParam(c, "userId")];
    const { orgRoles } = await parseBody(c, orgRolesBody, "orgUser");
    return atlasJson(c, await updateOrgUser(deps, c.get("principal"), orgId, userId, { roles: { orgRoles: [...new Set(orgRoles)] } }));
  });
  r.post("/groups/:groupId/users/:target", async (c) => {
    const groupId = idParam(c, "groupId");
    const { userId, add } = action(c);
    const { groupRole } = await parseBody(c, groupRoleBody, "groupUser");
    return atlasJson(c, await setGroupUserRoles(deps, c.get("principal"), groupId, userId, (held) => changed(held, groupRole, add)));
  });
  return r;
}
