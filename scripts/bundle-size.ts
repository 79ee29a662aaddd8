// After `vite build` (npm run build): prints the gzipped JavaScript of the API
// keys page's first load (scripts/first-load.ts) and fails above the budget;
// and fails if the MSW worker script was copied into dist/. Server and mock
// modules are kept out during the build by scripts/browser-only-modules.ts,
// which checks the module graph; the worker script is not a module, so that
// check cannot see it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { firstLoadFiles, type Manifest } from "./first-load.ts";

// kB as Vite prints them: 1 kB = 1000 bytes (stricter than a 1024-byte KiB).
const BYTES_PER_KB = 1000;
const BUDGET_KB = 150;
const dist = "dist";

const kb = (bytes: number) => `${(bytes / BYTES_PER_KB).toFixed(1)} kB`;

const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Manifest;
const sizes = firstLoadFiles(manifest).map((file) => ({ file, gzipped: gzipSync(readFileSync(join(dist, file))).length }));
const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);

console.log(
  `First load of the API keys page: ${kb(total)} gzipped JavaScript in ${sizes.length} files ` +
    `(budget ${BUDGET_KB} kB; 1 kB = ${BYTES_PER_KB} bytes)`,
);
for (const { file, gzipped } of sizes.sort((a, b) => b.gzipped - a.gzipped)) {
  console.log(`  ${kb(gzipped).padStart(9)}  ${file}`);
}

let failed = false;
if (total > BUDGET_KB * BYTES_PER_KB) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * BYTES_PER_KB)}.`);
  failed = true;
}
if (existsSync(join(dist, "mockServiceWorker.js"))) {
  console.error("The MSW worker script (dist/mockServiceWorker.js) is in the production build.");
  failed = true;
}
process.exit(failed ? 1 : 0);
