// Serves the built console (dist/) with an index.html fallback so deep links
// like /orgs/:orgId/access/apiKeys/:keyId load the app.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";
import type { AppEnv } from "./http/env.ts";

export function serveConsole(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = join(distDir, "index.html");
  if (!existsSync(indexFile)) return;
  const index = readFileSync(indexFile, "utf8");
  app.use(
    "/assets/*",
    serveStatic({ root: distDir, onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }),
  );
  app.use("*", serveStatic({ root: distDir }));
  app.get("*", (c, next) => {
    if (c.req.path.startsWith("/api/")) return next();
    return c.html(index, 200, { "Cache-Control": "no-cache" });
  });
}
