// The stale-key filters of a keys table (usage, role, project) and the
// "never used" mark. Pure functions over the rows, with "now" passed in, so
// the table, the tests and a fixed test clock agree on what is stale.
import type { KeyRow } from "./key-rows.ts";

export const USAGE_FILTERS = {
  never: "Never used",
  unused30: "Not used in 30 days",
  unused90: "Not used in 90 days",
  recent7: "Used in the last 7 days",
} as const;
export type UsageFilter = keyof typeof USAGE_FILTERS;

export function isUsageFilter(value: string | null): value is UsageFilter {
  return value !== null && Object.hasOwn(USAGE_FILTERS, value);
}

export interface KeyFilters {
  usage: UsageFilter | null;
  /** A role name (ORG_OWNER, GROUP_READ_ONLY), in the table's scope. */
  role: string | null;
  /** A project's id: keys with a role in it. */
  project: string | null;
}

export const NO_FILTERS: KeyFilters = { usage: null, role: null, project: null };

export function hasFilters(filters: KeyFilters): boolean {
  return filters.usage !== null || filters.role !== null || filters.project !== null;
}

const DAY = 24 * 3600_000;
/** A key unused this long after its creation is marked in the table. */
export const STALE_DAYS = 30;

function time(iso: string | null | undefined): number | null {
  const value = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(value) ? null : value;
}

/** Never used, and created at least 30 days ago: the whole days since, or null when it is not stale. */
export function neverUsedDays(row: Pick<KeyRow, "apiKey">, now: number): number | null {
  if (row.apiKey.lastUsed) return null;
  const created = time(row.apiKey.created);
  if (created === null) return null;
  const days = Math.floor((now - created) / DAY);
  return days >= STALE_DAYS ? days : null;
}

/**
 * "Not used in N days" is what an owner cleaning up means by stale: last used
 * before then, or never used by a key that is itself older than that (a key
 * made this morning is not stale yet).
 */
function matchesUsage(row: KeyRow, usage: UsageFilter, now: number): boolean {
  const lastUsed = time(row.apiKey.lastUsed);
  const created = time(row.apiKey.created) ?? Number.NEGATIVE_INFINITY;
  const unusedFor = (days: number) => (lastUsed === null ? now - created >= days * DAY : now - lastUsed >= days * DAY);
  switch (usage) {
    case "never":
      return lastUsed === null;
    case "unused30":
      return unusedFor(30);
    case "unused90":
      return unusedFor(90);
    case "recent7":
      return lastUsed !== null && now - lastUsed < 7 * DAY;
  }
}

export function applyFilters(rows: readonly KeyRow[], filters: KeyFilters, now: number): readonly KeyRow[] {
  if (!hasFilters(filters)) return rows;
  const { usage, role, project } = filters;
  return rows.filter(
    (row) =>
      (usage === null || matchesUsage(row, usage, now)) &&
      (role === null || row.roleNames.includes(role)) &&
      (project === null || row.projects.some((p) => p.groupId === project)),
  );
}
