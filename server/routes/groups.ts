// /groups: projects (Atlas "groups") by id and by name; create, rename, delete.
import { Hono } from "hono";
import type { z } from "zod";
import { createGroupSchema, groupNameSchema, updateGroupSchema } from "../../contract/groups.ts";
import { OBJECT_ID } from "../../contract/ids.ts";
import type { Deps } from "../domain/deps.ts";
import { createGroup, deleteGroup, getGroupByName, listGroups, renameGroup } from "../domain/groups.ts";
import { getGroup } from "../domain/orgs.ts";
import { ApiError } from "../http/api-error.ts";
import { atlasJson, noContent, type AppContext, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";
import { readJson, validationError } from "../http/validate.ts";

/** A bad project name is Atlas's INVALID_GROUP_NAME; any other field, the usual validation error. */
async function parseGroupBody<S extends z.ZodType>(c: AppContext, schema: S): Promise<z.output<S>> {
  const result = schema.safeParse(await readJson(c));
  if (result.success) return result.data;
  const first = result.error.issues[0];
  if (first?.path[0] === "name" && first.code !== "invalid_type") {
    throw new ApiError(400, "INVALID_GROUP_NAME", `name: ${first.message}`, ["name"], [{ field: "name", description: first.message }]);
  }
  throw validationError(result.error);
}

function groupNameParam(c: AppContext): string {
  const name = c.req.param("groupName") ?? "";
  const parsed = groupNameSchema.safeParse(name);
  if (!parsed.success) {
    throw new ApiError(400, "INVALID_GROUP_NAME", `Path parameter groupName: ${parsed.error.issues[0]?.message ?? "invalid"}`, ["groupName"]);
  }
  return parsed.data;
}

function projectOwnerParam(c: AppContext): string | undefined {
  const value = c.req.query("projectOwnerId");
  if (value === undefined) return undefined;
  if (!OBJECT_ID.test(value)) {
    throw new ApiError(400, "INVALID_QUERY_PARAMETER", "Query parameter projectOwnerId must be a 24-character hexadecimal id.", ["projectOwnerId"]);
  }
  return value;
}

export function groupRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get("/groups", async (c) => atlasJson(c, await listGroups(deps, c.get("principal"), requestUrl(c), pageParams(c))));
  r.post("/groups", async (c) => {
    const ownerId = projectOwnerParam(c);
    const body = await parseGroupBody(c, createGroupSchema);
    return atlasJson(c, await createGroup(deps, c.get("principal"), body, ownerId, requestUrl(c).origin));
  });
  r.get("/groups/byName/:groupName", async (c) =>
    atlasJson(c, await getGroupByName(deps, c.get("principal"), groupNameParam(c), requestUrl(c).origin)),
  );
  r.get("/groups/:groupId", async (c) =>
    atlasJson(c, await getGroup(deps, c.get("principal"), idParam(c, "groupId"), requestUrl(c).origin)),
  );
  r.patch("/groups/:groupId", async (c) => {
    const groupId = idParam(c, "groupId");
    const body = await parseGroupBody(c, updateGroupSchema);
    return atlasJson(c, await renameGroup(deps, c.get("principal"), groupId, body.name, requestUrl(c).origin));
  });
  r.delete("/groups/:groupId", async (c) => {
    await deleteGroup(deps, c.get("principal"), idParam(c, "groupId"));
    return noContent(c);
  });
  return r;
}
