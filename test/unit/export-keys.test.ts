// The export of a keys table: the listed fields only (never a secret),
// projects by name, CSV quoting and formula-safe cells.
import { describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import { toRows } from "../../src/components/table/key-rows.ts";
import { keysCsv, keysJson } from "../../src/components/table/export-keys.ts";

const key = (over: Partial<ApiKey>): ApiKey => ({
  id: "a".repeat(24),
  desc: "CI",
  publicKey: "abcdefgh",
  privateKey: "********-****-****-1234567890ab",
  roles: [{ roleName: "ORG_OWNER", orgId: "o".repeat(24) }],
  links: [],
  created: "2026-01-02T03:04:05Z",
  lastUsed: null,
  ...over,
});

const rows = toRows(
  [
    key({}),
    key({
      id: "b".repeat(24),
      publicKey: "zyxwvuts",
      desc: '=HYPERLINK("x"), "quoted"',
      lastUsed: "2026-02-01T00:00:00Z",
      roles: [
        { roleName: "ORG_READ_ONLY", orgId: "o".repeat(24) },
        { roleName: "GROUP_OWNER", groupId: "1".repeat(24) },
        { roleName: "GROUP_READ_ONLY", groupId: "2".repeat(24) },
      ],
    }),
  ],
  new Map([["1".repeat(24), "Production"]]),
);

describe("export of a keys table", () => {
  it("writes CSV with a header, quoting, formula-safe cells and no private key", () => {
    const csv = keysCsv(rows);
    expect(csv.split("\r\n")).toEqual([
      "Public Key,Description,Roles,Projects,Created,Last Used",
      "abcdefgh,CI,Organization Owner,,2026-01-02T03:04:05Z,Never",
      `zyxwvuts,"'=HYPERLINK(""x""), ""quoted""",Organization Read Only,A project you cannot see; Production,2026-01-02T03:04:05Z,2026-02-01T00:00:00Z`,
      "",
    ]);
    expect(csv).not.toContain("1234567890ab");
  });

  it("writes JSON with the same fields", () => {
    const [first] = JSON.parse(keysJson(rows)) as Record<string, unknown>[];
    expect(first).toEqual({
      publicKey: "abcdefgh",
      description: "CI",
      roles: ["Organization Owner"],
      projects: [],
      created: "2026-01-02T03:04:05Z",
      lastUsed: null,
    });
  });
});
