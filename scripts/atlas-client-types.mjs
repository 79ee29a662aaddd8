// Generates the typed Atlas client the API tests use as a client we did not
// write: openapi-typescript over the official Atlas Administration API spec.
// The spec is licensed for non-commercial use, so this repository holds none
// of it: the copies the project keeps beside the repository (shared/contract,
// or ATLAS_OPENAPI_DIR) are merged into test/.generated/ (git-ignored) and
// typed there. openapi-typescript needs TypeScript 5's compiler API (we build
// with 7), so it runs through npx at the exact version, outside our tree.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const dir = process.env.ATLAS_OPENAPI_DIR ?? resolve(root, "../shared/contract");
const files = ["atlas-api-keys.openapi.yaml", "atlas-users.openapi.yaml"].map((f) => join(dir, f));
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`Atlas OpenAPI not found: ${missing.join(", ")} (set ATLAS_OPENAPI_DIR).`);
  process.exit(1);
}

// One document: the files are trims of the same spec, so a schema that two
// of them hold is the same schema.
const merged = { openapi: "3.0.1", info: { title: "Atlas Administration API (merged)", version: "2.0" }, paths: {}, components: {} };
for (const file of files) {
  const doc = parse(readFileSync(file, "utf8"));
  Object.assign(merged.paths, doc.paths);
  for (const [kind, entries] of Object.entries(doc.components ?? {})) {
    merged.components[kind] = { ...merged.components[kind], ...entries };
  }
}

const out = join(root, "test/.generated");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "atlas-openapi.json"), JSON.stringify(merged));
execFileSync("npx", ["--yes", "openapi-typescript@7.13.0", join(out, "atlas-openapi.json"), "-o", join(out, "atlas-openapi.d.ts")], {
  stdio: "inherit",
});
