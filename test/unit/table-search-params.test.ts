// The keys table's state in the query string: defaults left out, nonsense
// ignored, one order for one state, other params kept.
import { describe, expect, it } from "vitest";
import { firstDirection, type SortColumn } from "../../src/components/table/key-rows.ts";
import { readTableState, writeTableState, type TableStateOptions } from "../../src/components/table/table-search-params.ts";

const org: TableStateOptions<SortColumn> = {
  columns: ["publicKey", "desc", "roles", "projects", "lastUsed", "created"],
  defaultSort: { column: "created", direction: "descending" },
  firstDirection,
};
const project: TableStateOptions<SortColumn> = {
  columns: ["publicKey", "desc", "roles", "lastUsed"],
  defaultSort: { column: "desc", direction: "ascending" },
  firstDirection,
};
const NONE = { usage: null, role: null, project: null };
const read = (search: string, options = org) => readTableState(new URLSearchParams(search), options);

describe("table state in the URL", () => {
  it("reads the defaults from an empty query string", () => {
    expect(read("")).toEqual({ filter: "", filters: NONE, sort: { column: "created", direction: "descending" }, page: 1, pageSize: 25 });
    expect(read("", project).sort).toEqual({ column: "desc", direction: "ascending" });
  });

  it("reads every param, keeping the filter as typed", () => {
    expect(read("q=+billing+&sort=desc&dir=descending&page=3&size=100")).toEqual({
      filter: " billing ",
      filters: NONE,
      sort: { column: "desc", direction: "descending" },
      page: 3,
      pageSize: 100,
    });
    // Without dir, a column starts where it always starts: dates newest first, text A to Z.
    expect(read("sort=lastUsed").sort).toEqual({ column: "lastUsed", direction: "descending" });
    expect(read("sort=publicKey").sort).toEqual({ column: "publicKey", direction: "ascending" });
  });

  it("ignores values that make no sense here", () => {
    expect(read("sort=projects", project).sort).toEqual({ column: "desc", direction: "ascending" });
    expect(read("sort=__proto__&dir=up&page=0&size=30")).toEqual(read(""));
    for (const page of ["-2", "1.5", "x", "", "99999999"]) expect(read(`page=${page}`).page).toBe(1);
  });

  it("writes only what differs from the defaults, in one order, after the params of others", () => {
    const write = (search: string, changes: object, options = org) =>
      writeTableState(new URLSearchParams(search), { ...read(search, options), ...changes }, options).toString();
    expect(write("", {})).toBe("");
    expect(write("page=1&size=25&sort=created&dir=descending", {})).toBe("");
    expect(write("step=access&page=2", { filter: "a b", sort: { column: "desc", direction: "descending" } })).toBe(
      "step=access&q=a+b&sort=desc&dir=descending&page=2",
    );
    expect(write("", { sort: { column: "created", direction: "ascending" }, pageSize: 50 })).toBe("dir=ascending&size=50");
    expect(write("", { sort: { column: "lastUsed", direction: "ascending" } }, project)).toBe("sort=lastUsed&dir=ascending");
    expect(write("q=ci", { filters: { usage: "never", role: "ORG_OWNER", project: "p1" } })).toBe(
      "q=ci&usage=never&role=ORG_OWNER&project=p1",
    );
  });

  it("reads the stale-key filters, ignoring a usage it does not know", () => {
    expect(read("usage=unused90&role=GROUP_READ_ONLY&project=abc").filters).toEqual({
      usage: "unused90",
      role: "GROUP_READ_ONLY",
      project: "abc",
    });
    expect(read("usage=sometimes&role=").filters).toEqual(NONE);
  });
});
