// Reading the activity feed: the org's events (its projects' too, as far as
// the caller may read them), a project's events, one event, and the catalog
// of types. Newest first; links keep the filters so "next" pages the same view.
import { EVENT_TYPES, type AtlasEvent, type EventTypeDetails } from "../../contract/events.ts";
import type { Link, Paginated, PageParams } from "../../contract/pagination.ts";
import type { EventParams } from "../http/event-params.ts";
import { ApiError } from "../http/api-error.ts";
import { envelopeOf, pageWindow } from "../http/paginate.ts";
import type { EventQuery, EventRow } from "../store/events-types.ts";
import type { Deps } from "./deps.ts";
import { readableGroup, readableOrg, readsEveryGroup } from "./permissions.ts";
import { presentEvent } from "./present-event.ts";
import type { Principal } from "./principal.ts";

function eventNotFound(id: string): ApiError {
  return new ApiError(404, "EVENT_NOT_FOUND", `No event with ID ${id} exists.`, [id]);
}

/** The projects whose events the caller sees in the org feed; undefined for all of them. */
function visibleGroups(p: Principal, orgId: string): string[] | undefined {
  if (readsEveryGroup(p, orgId)) return undefined;
  return [...p.groupRoles].filter(([, roles]) => roles.length > 0).map(([groupId]) => groupId);
}

function feedLink(url: URL, params: EventParams, pageNum: number, rel: string): Link {
  const u = new URL(url.pathname, url.origin);
  for (const t of params.eventTypes) u.searchParams.append("eventType", t);
  if (params.minDate) u.searchParams.set("minDate", params.minDate.toISOString());
  if (params.maxDate) u.searchParams.set("maxDate", params.maxDate.toISOString());
  if (params.targetApiKeyId) u.searchParams.set("targetApiKeyId", params.targetApiKeyId);
  u.searchParams.set("includeCount", String(params.includeCount));
  u.searchParams.set("includeRaw", String(params.includeRaw));
  u.searchParams.set("pageNum", String(pageNum));
  u.searchParams.set("itemsPerPage", String(params.itemsPerPage));
  return { href: u.toString(), rel };
}

async function feed(deps: Deps, query: EventQuery, url: URL, params: EventParams): Promise<Paginated<AtlasEvent>> {
  const window = pageWindow(params);
  // One row past the page tells whether a next page exists when no count is asked for.
  const [rows, total] = await Promise.all([
    deps.store.listEvents(query, { offset: window.offset, limit: window.limit + 1 }),
    params.includeCount ? deps.store.countEvents(query) : Promise.resolve(undefined),
  ]);
  const results = rows.slice(0, window.limit).map((e) => presentEvent(url.origin, e, params.includeRaw));
  const links = [feedLink(url, params, params.pageNum, "self")];
  if (params.pageNum > 1) links.unshift(feedLink(url, params, params.pageNum - 1, "previous"));
  if (rows.length > window.limit) links.push(feedLink(url, params, params.pageNum + 1, "next"));
  return { results, ...(total === undefined ? {} : { totalCount: total }), links };
}

function filters(params: EventParams): EventQuery {
  return { types: params.eventTypes, minDate: params.minDate, maxDate: params.maxDate, targetKeyId: params.targetApiKeyId };
}

export async function listOrgEvents(deps: Deps, p: Principal, orgId: string, url: URL, params: EventParams) {
  await readableOrg(deps.store, p, orgId);
  return feed(deps, { ...filters(params), orgId, onlyGroups: visibleGroups(p, orgId) }, url, params);
}

export async function listGroupEvents(deps: Deps, p: Principal, groupId: string, url: URL, params: EventParams) {
  await readableGroup(deps.store, p, groupId);
  return feed(deps, { ...filters(params), groupId }, url, params);
}

export async function getOrgEvent(deps: Deps, p: Principal, orgId: string, eventId: string, url: URL, includeRaw: boolean) {
  await readableOrg(deps.store, p, orgId);
  const e = await deps.store.getEvent(eventId);
  const only = visibleGroups(p, orgId);
  const visible = (row: EventRow) => row.orgId === orgId && (!only || row.groupId === null || only.includes(row.groupId));
  if (!e || !visible(e)) throw eventNotFound(eventId);
  return presentEvent(url.origin, e, includeRaw);
}

export async function getGroupEvent(deps: Deps, p: Principal, groupId: string, eventId: string, url: URL, includeRaw: boolean) {
  await readableGroup(deps.store, p, groupId);
  const e = await deps.store.getEvent(eventId);
  if (!e || e.groupId !== groupId) throw eventNotFound(eventId);
  return presentEvent(url.origin, e, includeRaw);
}

export function listEventTypes(url: URL, params: PageParams): Paginated<EventTypeDetails> {
  const all = Object.entries(EVENT_TYPES).map(([eventType, [, description]]) => ({ eventType, description, alertable: false }));
  return envelopeOf(url, params, all);
}
