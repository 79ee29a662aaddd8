// The feed's filters live in the URL (type group, from and to dates, one
// key's history, page), so a filtered view can be shared, reloaded and left
// with Back.
import { EVENT_TYPES, type EventGroup } from "../../../../contract/events.ts";
import { OBJECT_ID } from "../../../../contract/ids.ts";

export const TYPE_GROUPS: { value: EventGroup; label: string }[] = [
  { value: "keys", label: "API keys" },
  { value: "serviceAccounts", label: "Service accounts" },
  { value: "accessLists", label: "Access lists" },
  { value: "projects", label: "Projects" },
  { value: "users", label: "Users" },
  { value: "settings", label: "Settings" },
  { value: "signIns", label: "Sign-ins" },
];

export const PAGE_SIZE = 25;

export interface ActivityFilters {
  group: EventGroup | undefined;
  /** YYYY-MM-DD, inclusive, UTC. */
  from: string | undefined;
  to: string | undefined;
  /** An API key's id: only the events that acted on that key. */
  key: string | undefined;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(params: URLSearchParams): ActivityFilters {
  const group = TYPE_GROUPS.find((g) => g.value === params.get("type"))?.value;
  const day = (name: string) => {
    const value = params.get(name) ?? "";
    return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;
  };
  const page = Number(params.get("page") ?? "1");
  const key = params.get("key") ?? "";
  return { group, from: day("from"), to: day("to"), key: OBJECT_ID.test(key) ? key : undefined, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** The Events API query for these filters (eventType repeated, dates as UTC bounds of whole days). */
export function eventsQuery(filters: ActivityFilters, page: { pageNum: number; itemsPerPage: number }): string {
  const q = new URLSearchParams();
  if (filters.group) {
    for (const [type, [group]] of Object.entries(EVENT_TYPES)) if (group === filters.group) q.append("eventType", type);
  }
  if (filters.from) q.set("minDate", `${filters.from}T00:00:00Z`);
  if (filters.to) q.set("maxDate", `${filters.to}T23:59:59.999Z`);
  if (filters.key) q.set("targetApiKeyId", filters.key);
  q.set("pageNum", String(page.pageNum));
  q.set("itemsPerPage", String(page.itemsPerPage));
  return q.toString();
}
