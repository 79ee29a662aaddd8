// The console and its private API answer with headers that forbid framing,
// sniffing, referrers and any script, style or connection not of this origin.
// (e2e/security-headers.spec.ts checks that the console works under them.)
import { expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../server/http/security-headers.ts";
import { eachStore } from "../support/each-store.ts";

eachStore("security headers", (ctx) => {
  it.each(["/api/private/ip", "/api/private/me", "/some/console/page"])("are on %s", async (path) => {
    const res = await fetch(`${ctx().server.base}${path}`);
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("allow nothing from other origins and no framing at all", () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
  });
});
