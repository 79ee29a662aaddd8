// After `vite build`: the gzipped JavaScript the API keys page loads first
// (the entry chunk and its static imports, as listed in the Vite manifest),
// checked against the budget; and a check that the MSW worker did not ship.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const dist = "dist";
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

function firstLoad(entryKey, seen = new Set()) {
  if (seen.has(entryKey)) return seen;
  seen.add(entryKey);
  for (const dep of manifest[entryKey]?.imports ?? []) firstLoad(dep, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
// The first route's lazy chunk is fetched at once too: count it.
const routeKey = Object.keys(manifest).find((k) => /org-api-keys-page|api-keys-page/.test(k));
const chunks = new Set([...firstLoad(entry), ...(routeKey ? firstLoad(routeKey) : [])]);
let bytes = 0;
for (const key of chunks) bytes += gzipSync(readFileSync(join(dist, manifest[key].file))).length;
const kb = bytes / 1024;
console.log(`First load of the API keys page: ${kb.toFixed(1)} KB gzipped JavaScript in ${chunks.size} chunks (budget ${BUDGET_KB} KB).`);

// Server and mock modules are kept out by scripts/browser-only-modules.ts,
// which checks the module graph during the build. The MSW worker script is
// not a module: it would arrive by a copied public dir, so look for the file.
const leaks = [];
if (existsSync(join(dist, "mockServiceWorker.js"))) leaks.push("dist/mockServiceWorker.js");

if (leaks.length) console.error(`Mock or server code in the production build: ${leaks.join(", ")}`);
if (kb > BUDGET_KB) console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB.`);
process.exit(leaks.length || kb > BUDGET_KB ? 1 : 0);
