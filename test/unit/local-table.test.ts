// The generic table engine's filter and sort over column definitions, and
// when a service-account secret counts as expiring, and the count above a table.
import { describe, expect, it } from "vitest";
import { collator, compareTimes, type Column } from "../../src/components/table/column.ts";
import { filterRows, sortRows } from "../../src/components/table/local-rows.ts";
import { matchCount } from "../../src/components/table/row-noun.ts";
import { expiryState, lastUsedOf } from "../../src/features/service-accounts/components/secret-expiry.ts";

interface Row {
  name: string;
  note: string;
  at: string | null;
}
const columns: Column<Row, "name" | "at">[] = [
  { id: "name", label: "Name", cell: () => null, compare: (a, b) => collator.compare(a.name, b.name), filterText: (r) => [r.name, r.note] },
  { id: "at", label: "At", cell: () => null, compare: (a, b) => compareTimes(a.at, b.at), firstDirection: "descending" },
];
const rows: Row[] = [
  { name: "beta", note: "Billing", at: "2026-11-02T00:00:00Z" },
  { name: "Alpha", note: "exports", at: null },
  { name: "gamma", note: "billing sync", at: "2026-11-01T00:00:00Z" },
];

describe("LocalTable rows", () => {
  it("matches the filter, case-insensitively, in the text the columns give", () => {
    expect(filterRows(rows, columns, " BILL ").map((r) => r.name)).toEqual(["beta", "gamma"]);
    expect(filterRows(rows, columns, "").map((r) => r.name)).toEqual(["beta", "Alpha", "gamma"]);
    // A column without filter text has no say: dates are not matched.
    expect(filterRows(rows, columns, "2026")).toEqual([]);
  });

  it("sorts by the chosen column either way, a missing date as the oldest, ties by the other columns", () => {
    expect(sortRows(rows, columns, { column: "name", direction: "ascending" }).map((r) => r.name)).toEqual(["Alpha", "beta", "gamma"]);
    expect(sortRows(rows, columns, { column: "at", direction: "descending" }).map((r) => r.name)).toEqual(["beta", "gamma", "Alpha"]);
    const tied = [{ ...rows[0], name: "b2" } as Row, rows[0] as Row];
    expect(sortRows(tied, columns, { column: "at", direction: "ascending" }).map((r) => r.name)).toEqual(["b2", "beta"]);
  });
});

describe("secret expiry", () => {
  const now = Date.parse("2026-11-01T12:00:00Z");
  it("flags under seven days left, and past the date as expired", () => {
    expect(expiryState("2026-11-08T12:00:01Z", now)).toBe("valid");
    expect(expiryState("2026-11-08T11:59:59Z", now)).toBe("expiring");
    expect(expiryState("2026-11-01T12:00:00Z", now)).toBe("expired");
  });

  it("takes the latest use of any secret as the account's last use", () => {
    expect(lastUsedOf([{ lastUsedAt: "2026-10-01T00:00:00Z" }, { lastUsedAt: null }, { lastUsedAt: "2026-10-05T00:00:00Z" }])).toBe("2026-10-05T00:00:00Z");
    expect(lastUsedOf([{}, { lastUsedAt: null }])).toBeNull();
  });
});

describe("table counts", () => {
  const keys = { one: "API key", many: "API keys", short: { one: "key", many: "keys" } };
  it("says one row in the singular, and several in the plural", () => {
    expect(matchCount(1, 1, false, keys)).toBe("1 API key");
    expect(matchCount(60, 60, false, keys)).toBe("60 API keys");
    expect(matchCount(1, 1, true, { one: "service account", many: "service accounts" })).toBe("1 of 1 service account matches");
    expect(matchCount(0, 1, true, keys)).toBe("0 of 1 API key match");
    expect(matchCount(1, 9, true, keys)).toBe("1 of 9 API keys match");
  });
});
