import { describe, expect, it } from "vitest";
import { forbiddenModules, whyForbidden } from "../../scripts/browser-only-modules.ts";

const root = "/repo";

describe("whyForbidden", () => {
  it.each([
    ["/repo/server/app.ts", "code from server/"],
    ["/repo/server/auth/digest-header.ts", "code from server/"],
    ["/repo/mocks/backend.ts", "code from mocks/"],
    ["/repo/mocks/browser.ts?import", "code from mocks/"],
    ["/repo/node_modules/msw/lib/browser/index.mjs", "the server-side package msw"],
    ["/repo/node_modules/@mswjs/interceptors/lib/browser/index.mjs", "the server-side package @mswjs/interceptors"],
    ["/repo/node_modules/hono/dist/hono-base.js", "the server-side package hono"],
    ["/repo/node_modules/@hono/node-server/dist/index.mjs", "the server-side package @hono/node-server"],
    ["/repo/node_modules/kysely/dist/esm/index.js", "the server-side package kysely"],
    ["/repo/node_modules/better-sqlite3/lib/index.js", "the server-side package better-sqlite3"],
    ["/repo/node_modules/pg/lib/index.js", "the server-side package pg"],
    ["/repo/node_modules/urllib/dist/esm/index.js", "the server-side package urllib"],
    // pnpm-style layouts: the innermost package counts.
    ["/repo/node_modules/.pnpm/hono@4.13.19/node_modules/hono/dist/index.js", "the server-side package hono"],
    ["\0/repo/server/store/memory-store.ts", "code from server/"],
    ["C:\\repo\\server\\app.ts", "code from server/"],
    ["node:crypto", "a Node built-in"],
    ["fs", "a Node built-in"],
    ["__vite-browser-external:node:crypto", "a Node built-in (browser external)"],
  ])("%s is forbidden", (id, reason) => {
    const windowsRoot = id.startsWith("C:") ? "C:\\repo" : root;
    expect(whyForbidden(id, windowsRoot)).toBe(reason);
  });

  it.each([
    "/repo/src/main.tsx",
    "/repo/contract/api-keys.ts",
    "/repo/src/features/server-errors/banner.tsx", // "server" in a name, not the folder
    "/repo/src/mocks-like.ts",
    "/repo/node_modules/react-dom/cjs/react-dom-client.production.js",
    "/repo/node_modules/pg-like-but-not-pg/index.js",
    "/repo/node_modules/@radix-ui/react-dialog/dist/index.mjs",
    "/repo/node_modules/zod/v4/core/core.js",
    "/other/server/app.ts", // another root's folder
    "\0rolldown/runtime.js",
    "assets/index-abc123.js",
  ])("%s may ship", (id) => {
    expect(whyForbidden(id, root)).toBeUndefined();
  });
});

describe("forbiddenModules", () => {
  it("lists exactly the forbidden ids of a chunk, with reasons", () => {
    const chunk = ["/repo/src/main.tsx", "/repo/server/app.ts", "/repo/node_modules/react/index.js", "node:fs"];
    expect(forbiddenModules(chunk, root)).toEqual([
      { id: "/repo/server/app.ts", reason: "code from server/" },
      { id: "node:fs", reason: "a Node built-in" },
    ]);
  });

  it("finds nothing in a clean chunk", () => {
    expect(forbiddenModules(["/repo/src/main.tsx", "/repo/contract/limits.ts"], root)).toEqual([]);
  });
});
