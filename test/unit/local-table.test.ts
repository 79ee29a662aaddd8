// The generic table engine's filter and sort over column definitions, and
// when a service-account secret counts as expiring.
import { describe, expect, it } from "vitest";
import { collator, compareTimes, type Column } from "../../src/components/table/column.ts";
import { filterRows, sortRows } from "../../src/components/table/local-rows.ts";
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
