// Where the console goes after sign-in (?next=) and where a page may send the
// user back to (returnTo): only pages of this site, never the sign-in or
// sign-out pages themselves.
import { describe, expect, it } from "vitest";
import { returnToOf } from "../../src/lib/route-state.ts";
import { safeNextPath } from "../../src/lib/safe-next.ts";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query string", () => {
    expect(safeNextPath("/orgs/abc/access/apiKeys?sort=desc")).toBe("/orgs/abc/access/apiKeys?sort=desc");
  });

  it.each([null, "", "orgs/abc", "//evil.example/x", "/\\evil.example", "https://evil.example/"])("refuses %j", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it.each(["/login", "/login?next=/x", "/logout", "/logout?x=1", "/logout#top"])("never returns to %s", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });
});

describe("returnToOf", () => {
  it("takes an Access Manager page from route state", () => {
    expect(returnToOf({ returnTo: "/projects/p1/access/apiKeys/k1/permissions?sort=desc" })).toBe(
      "/projects/p1/access/apiKeys/k1/permissions?sort=desc",
    );
  });

  it.each([{}, null, { returnTo: 42 }, { returnTo: "/" }, { returnTo: "/logout" }, { returnTo: "/projects/../logout" }, { returnTo: "/projects/%2e%2E/logout" }, { returnTo: "/orgs/./x/%2e/y" }, { returnTo: "//evil.example/orgs/x" }])(
    "ignores %j",
    (state) => {
      expect(returnToOf(state)).toBeNull();
    },
  );
});
