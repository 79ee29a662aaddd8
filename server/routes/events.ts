// The Events API: /orgs/{orgId}/events, /groups/{groupId}/events (each with
// /{eventId}) and /eventTypes.
import { Hono } from "hono";
import type { Deps } from "../domain/deps.ts";
import { getGroupEvent, getOrgEvent, listEventTypes, listGroupEvents, listOrgEvents } from "../domain/event-feed.ts";
import { eventParams, includeRawParam } from "../http/event-params.ts";
import { atlasJson, type AppEnv } from "../http/env.ts";
import { idParam, pageParams, requestUrl } from "../http/params.ts";

export function eventRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get("/orgs/:orgId/events", async (c) =>
    atlasJson(c, await listOrgEvents(deps, c.get("principal"), idParam(c, "orgId"), requestUrl(c), eventParams(c))),
  );
  r.get("/orgs/:orgId/events/:eventId", async (c) => {
    const [orgId, eventId] = [idParam(c, "orgId"), idParam(c, "eventId")];
    return atlasJson(c, await getOrgEvent(deps, c.get("principal"), orgId, eventId, requestUrl(c), includeRawParam(c)));
  });
  r.get("/groups/:groupId/events", async (c) =>
    atlasJson(c, await listGroupEvents(deps, c.get("principal"), idParam(c, "groupId"), requestUrl(c), eventParams(c))),
  );
  r.get("/groups/:groupId/events/:eventId", async (c) => {
    const [groupId, eventId] = [idParam(c, "groupId"), idParam(c, "eventId")];
    return atlasJson(c, await getGroupEvent(deps, c.get("principal"), groupId, eventId, requestUrl(c), includeRawParam(c)));
  });
  r.get("/eventTypes", (c) => atlasJson(c, listEventTypes(requestUrl(c), pageParams(c))));
  return r;
}
