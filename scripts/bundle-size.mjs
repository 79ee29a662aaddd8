// After `vite build`: the gzipped JavaScript the API keys page loads first
// (the entry chunk and its static imports, as listed in the Vite manifest),
// checked against the budget; and a check that no mock or server code shipped.
import { existsSync, readFileSync, readdirSync } from "node:fs";
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

const forbidden = /mockServiceWorker|setupWorker|msw\/browser|createMockBackend|MemoryStore|better-sqlite3|kysely/;
const leaks = [];
function scan(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) scan(path);
    else if (/\.(js|html|map)$/.test(entry.name) && forbidden.test(readFileSync(path, "utf8"))) leaks.push(path);
  }
}
scan(dist);
if (existsSync(join(dist, "mockServiceWorker.js"))) leaks.push("dist/mockServiceWorker.js");

if (leaks.length) console.error(`Mock or server code in the production build: ${leaks.join(", ")}`);
if (kb > BUDGET_KB) console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB.`);
process.exit(leaks.length || kb > BUDGET_KB ? 1 : 0);
