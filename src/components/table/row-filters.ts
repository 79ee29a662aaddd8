// The stale-credential filters of a table (usage, role, project) and the
// "never used" mark, for any credential (an API key, a service account): each
// table says what it knows of a row (FilterFacts). Pure functions with "now"
// passed in, so the table, the tests and a fixed test clock agree on what is stale.

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

export interface TableFilters {
  usage: UsageFilter | null;
  /** A role name (ORG_OWNER, GROUP_READ_ONLY), in the table's scope. */
  role: string | null;
  /** A project's id: rows with a role in it. */
  project: string | null;
}

export const NO_FILTERS: TableFilters = { usage: null, role: null, project: null };

export function hasFilters(filters: TableFilters): boolean {
  return filters.usage !== null || filters.role !== null || filters.project !== null;
}

/** What the filters read of a row. */
export interface UsageFacts {
  lastUsed: string | null | undefined;
  created: string | null | undefined;
}
export interface FilterFacts extends UsageFacts {
  /** Its roles in the table's scope. */
  roleNames: readonly string[];
  /** The projects it has roles in, by id (none known: an empty list). */
  projectIds: readonly string[];
}

const DAY = 24 * 3600_000;
/** A credential unused this long after its creation is marked in the table. */
export const STALE_DAYS = 30;

function time(iso: string | null | undefined): number | null {
  const value = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(value) ? null : value;
}

/** Never used, and created at least 30 days ago: the whole days since, or null when it is not stale. */
export function neverUsedDays(facts: UsageFacts, now: number): number | null {
  if (facts.lastUsed) return null;
  const created = time(facts.created);
  if (created === null) return null;
  const days = Math.floor((now - created) / DAY);
  return days >= STALE_DAYS ? days : null;
}

/**
 * "Not used in N days" is what an owner cleaning up means by stale: last used
 * before then, or never used by a credential that is itself older than that
 * (one made this morning is not stale yet).
 */
function matchesUsage(facts: UsageFacts, usage: UsageFilter, now: number): boolean {
  const lastUsed = time(facts.lastUsed);
  const created = time(facts.created) ?? Number.NEGATIVE_INFINITY;
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

export function applyFilters<Row>(rows: readonly Row[], filters: TableFilters, now: number, factsOf: (row: Row) => FilterFacts): readonly Row[] {
  if (!hasFilters(filters)) return rows;
  const { usage, role, project } = filters;
  return rows.filter((row) => {
    const facts = factsOf(row);
    return (
      (usage === null || matchesUsage(facts, usage, now)) &&
      (role === null || facts.roleNames.includes(role)) &&
      (project === null || facts.projectIds.includes(project))
    );
  });
}
