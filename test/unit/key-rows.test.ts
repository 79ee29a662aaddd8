// The keys table's rows: role labels, projects, the filter and the sort,
// including the order of ties (which the e2e screenshots rely on).
import { describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { SortState } from "../../src/components/table/column.ts";
import { keyColumns } from "../../src/components/table/key-columns.tsx";
import { byDescription, toRows, type KeyRow, type SortColumn } from "../../src/components/table/key-rows.ts";
import { filterRows as filterLocal, sortRows as sortLocal } from "../../src/components/table/local-rows.ts";

// The organization table's columns over the shared LocalTable's filter and sort.
const COLUMNS = keyColumns(["publicKey", "desc", "roles", "projects", "lastUsed", "created"], "Organization Permissions", 0);
const filterRows = (rows: readonly KeyRow[], query: string) => filterLocal(rows, COLUMNS, query);
const sortRows = (rows: readonly KeyRow[], sort: SortState<SortColumn>) => sortLocal(rows, COLUMNS, sort, byDescription);

function key(publicKey: string, desc: string, created: string, extra: Partial<ApiKey> = {}): ApiKey {
  return {
    id: publicKey.padEnd(24, "0").replace(/[^0-9a-f]/g, "a"),
    publicKey,
    desc,
    privateKey: "********-****-****-000000000000",
    roles: [{ orgId: "a".repeat(24), roleName: "ORG_MEMBER" }],
    created,
    lastUsed: null,
    links: [],
    ...extra,
  };
}

const groupNames = new Map([["b".repeat(24), "Production"]]);
const keys = [
  // Tied on created; their public keys sort the other way round from their descriptions.
  key("aaaaaaaa", "Terraform", "2026-11-01T10:00:00Z"),
  key("zzzzzzzz", "Nightly exporter", "2026-11-01T10:00:00Z"),
  key("mmmmmmmm", "Billing sync", "2026-11-02T10:00:00Z", {
    roles: [
      { orgId: "a".repeat(24), roleName: "ORG_READ_ONLY" },
      { groupId: "b".repeat(24), roleName: "GROUP_OWNER" },
    ],
    lastUsed: "2026-11-03T10:00:00Z",
  }),
];
const rows = toRows(keys, groupNames);
const order = (sorted: readonly { apiKey: ApiKey }[]) => sorted.map((row) => row.apiKey.desc);

describe("key rows", () => {
  it("shows the organization's roles by name and the projects with their roles", () => {
    expect(rows[2]?.roleLabels).toEqual(["Organization Read Only"]);
    expect(rows[2]?.projects).toEqual([{ groupId: "b".repeat(24), name: "Production", roles: ["GROUP_OWNER"] }]);
    expect(rows[0]?.projects).toEqual([]);
  });

  it("filters on public key, description, role and project name, ignoring case", () => {
    expect(order(filterRows(rows, "TERRA"))).toEqual(["Terraform"]);
    expect(order(filterRows(rows, "aaaa"))).toEqual(["Terraform"]);
    expect(order(filterRows(rows, "read only"))).toEqual(["Billing sync"]);
    expect(order(filterRows(rows, "production"))).toEqual(["Billing sync"]);
    expect(filterRows(rows, "  ")).toHaveLength(3);
  });

  it("sorts newest first and breaks ties by description, not by the random public key", () => {
    expect(order(sortRows(rows, { column: "created", direction: "descending" }))).toEqual(["Billing sync", "Nightly exporter", "Terraform"]);
    expect(order(sortRows(rows, { column: "created", direction: "ascending" }))).toEqual(["Nightly exporter", "Terraform", "Billing sync"]);
  });

  it("sorts never-used keys as the oldest", () => {
    expect(order(sortRows(rows, { column: "lastUsed", direction: "descending" }))[0]).toBe("Billing sync");
    expect(order(sortRows(rows, { column: "lastUsed", direction: "ascending" }))).toEqual(["Nightly exporter", "Terraform", "Billing sync"]);
  });
});
