// Export of the filtered feed: every page of it (up to EXPORT_MAX events,
// newest first) as CSV or JSON, built in the browser and downloaded.
import type { AtlasEvent } from "../../../../contract/events.ts";
import { eventPageSchema } from "../../../../contract/events.ts";
import { LIMITS } from "../../../../contract/limits.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { eventsPath, type FeedScope } from "../api/events.ts";
import { eventsQuery, type ActivityFilters } from "./activity-filters.ts";
import { actorOf, describeEvent } from "./event-words.ts";

export const EXPORT_MAX = 5_000;

export async function fetchAllEvents(scope: FeedScope, filters: ActivityFilters): Promise<AtlasEvent[]> {
  const all: AtlasEvent[] = [];
  for (let pageNum = 1; all.length < EXPORT_MAX; pageNum++) {
    const query = eventsQuery(filters, { pageNum, itemsPerPage: LIMITS.itemsPerPageMax });
    const page = await apiRequest(`${eventsPath(scope, query)}&includeCount=false`, { schema: eventPageSchema });
    all.push(...page.results);
    if (!page.links.some((l) => l.rel === "next")) break;
  }
  return all.slice(0, EXPORT_MAX);
}

/** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
function cell(value: string | undefined): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(events: AtlasEvent[], feed: "org" | "project", projectNames?: ReadonlyMap<string, string>): string {
  const header = ["created", "eventType", "actor", "remoteAddress", "targetPublicKey", "accessListEntry", "groupId", "description"];
  const rows = events.map((e) =>
    [e.created, e.eventTypeName, actorOf(e), e.remoteAddress, e.targetPublicKey, e.whitelistEntry, e.groupId, describeEvent(e, feed, projectNames)].map(cell).join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
