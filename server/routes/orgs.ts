// /orgs: navigation for the console and clients, rename, and org settings.
import { Hono } from "hono";
import { updateOrgSchema, updateOrgSettingsSchema } from "../../contract/org-settings.ts";
import type { Deps } from "../domain/deps.ts";
import { renameOrg, getSettings, updateSettings } from "../domain/org-settings.ts";
import { getOrg, listOrgGroups, listOrgs } from "../domain/orgs.ts";
import { atlasJson, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";
import { parseBody } from "../http/validate.ts";

export function orgRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get("/orgs", async (c) => atlasJson(c, await listOrgs(deps, c.get("principal"), requestUrl(c), pageParams(c))));
  r.get("/orgs/:orgId", async (c) =>
    atlasJson(c, await getOrg(deps, c.get("principal"), idParam(c, "orgId"), requestUrl(c).origin)),
  );
  r.get("/orgs/:orgId/groups", async (c) =>
    atlasJson(c, await listOrgGroups(deps, c.get("principal"), idParam(c, "orgId"), requestUrl(c), pageParams(c))),
  );
  r.patch("/orgs/:orgId", async (c) => {
    const orgId = idParam(c, "orgId");
    const body = await parseBody(c, updateOrgSchema);
    return atlasJson(c, await renameOrg(deps, c.get("principal"), orgId, body.name, requestUrl(c).origin));
  });
  r.get("/orgs/:orgId/settings", async (c) => atlasJson(c, await getSettings(deps, c.get("principal"), idParam(c, "orgId"))));
  r.patch("/orgs/:orgId/settings", async (c) => {
    const orgId = idParam(c, "orgId");
    const body = await parseBody(c, updateOrgSettingsSchema);
    return atlasJson(c, await updateSettings(deps, c.get("principal"), orgId, body));
  });
  return r;
}
