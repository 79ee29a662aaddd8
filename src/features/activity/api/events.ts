// GET /api/atlas/v2/orgs/{orgId}/events and /groups/{groupId}/events: one
// page of the feed for the filters in the URL (the server pages: a feed may
// hold a million events).
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { eventPageSchema } from "../../../../contract/events.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { eventsQuery, PAGE_SIZE, type ActivityFilters } from "../lib/activity-filters.ts";

export interface FeedScope {
  kind: "org" | "project";
  id: string;
}

const eventsEndpoint = "/atlas/v2/{scope}/events";

export function eventsPath(scope: FeedScope, query: string): string {
  const base = scope.kind === "org" ? `/atlas/v2/orgs/${encodeURIComponent(scope.id)}` : `/atlas/v2/groups/${encodeURIComponent(scope.id)}`;
  return `${base}/events?${query}`;
}

export function eventsQueryOptions(scope: FeedScope, filters: ActivityFilters) {
  return queryOptions({
    queryKey: [eventsEndpoint, { scope, filters }] as const,
    queryFn: ({ signal }) =>
      apiRequest(eventsPath(scope, eventsQuery(filters, { pageNum: filters.page, itemsPerPage: PAGE_SIZE })), { schema: eventPageSchema, signal }),
    placeholderData: keepPreviousData,
    // Any change anywhere adds to the feed: read it afresh each time the tab opens.
    staleTime: 0,
  });
}

export function useEvents(scope: FeedScope, filters: ActivityFilters) {
  return useQuery(eventsQueryOptions(scope, filters));
}

/** How many of a key's last events its details modal shows. */
export const HISTORY_SIZE = 5;

/** A key's last events (?targetApiKeyId=), with their count for the link to the rest. */
export function keyHistoryQueryOptions(scope: FeedScope, keyId: string) {
  const query = new URLSearchParams({ targetApiKeyId: keyId, itemsPerPage: String(HISTORY_SIZE) }).toString();
  return queryOptions({
    queryKey: [eventsEndpoint, { scope, history: keyId }] as const,
    queryFn: ({ signal }) => apiRequest(eventsPath(scope, query), { schema: eventPageSchema, signal }),
    staleTime: 0,
  });
}

export function useKeyHistory(scope: FeedScope, keyId: string) {
  return useQuery(keyHistoryQueryOptions(scope, keyId));
}
