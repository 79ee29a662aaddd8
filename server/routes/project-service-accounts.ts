// /groups/{groupId}/serviceAccounts: accounts assigned to a project, created
// for it, invited to it, and their secrets and access list.
import { Hono } from "hono";
import {
  createGroupServiceAccountSchema, inviteGroupServiceAccountSchema, updateGroupServiceAccountSchema,
} from "../../contract/service-accounts.ts";
import type { Deps } from "../domain/deps.ts";
import {
  createGroupAccount, getGroupAccount, inviteGroupAccount, listGroupAccounts, unassignGroupAccount, updateGroupAccount,
} from "../domain/project-service-accounts.ts";
import { atlasJson, noContent, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";
import { credentialRoutes } from "./sa-credentials.ts";

const INVITE = ":invite";

export function projectServiceAccountRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const list = "/groups/:groupId/serviceAccounts";
  const account = `${list}/:clientId`;

  r.get(list, async (c) => atlasJson(c, await listGroupAccounts(deps, c.get("principal"), idParam(c, "groupId"), requestUrl(c), pageParams(c))));
  r.post(list, async (c) => {
    const groupId = idParam(c, "groupId");
    const body = await parseBody(c, createGroupServiceAccountSchema, "group");
    return atlasJson(c, await createGroupAccount(deps, c.get("principal"), groupId, body), 201);
  });
  // Google-style custom method: the client ID and ":invite" are one path segment.
  r.post(`${list}/:target{[^/]+:invite}`, async (c) => {
    const groupId = idParam(c, "groupId");
    const clientId = c.req.param("target").slice(0, -INVITE.length);
    const body = await parseBody(c, inviteGroupServiceAccountSchema, "group");
    return atlasJson(c, await inviteGroupAccount(deps, c.get("principal"), groupId, clientId, body.roles));
  });
  r.get(account, async (c) => atlasJson(c, await getGroupAccount(deps, c.get("principal"), idParam(c, "groupId"), c.req.param("clientId"))));
  r.patch(account, async (c) => {
    const groupId = idParam(c, "groupId");
    const body = await parseBody(c, updateGroupServiceAccountSchema, "group");
    return atlasJson(c, await updateGroupAccount(deps, c.get("principal"), groupId, c.req.param("clientId"), body));
  });
  r.delete(account, async (c) => {
    await unassignGroupAccount(deps, c.get("principal"), idParam(c, "groupId"), c.req.param("clientId"));
    return noContent(c);
  });
  credentialRoutes(r, deps, account, (c) => ({ kind: "group", groupId: idParam(c, "groupId") }));
  return r;
}
