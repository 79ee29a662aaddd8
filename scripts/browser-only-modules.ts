// The console's build must hold browser code only: no server, no mock backend
// (MSW plus the server app over a memory store), no database drivers and no
// Node built-ins. Checked on the bundle's module graph rather than by grepping
// the output, because the minifier renames the identifiers a grep would look
// for (a leak of server/app.ts reads as `function e(t){...}`).
import { builtinModules } from "node:module";
import type { Plugin } from "vite";

/** Packages that exist for the server or the mock backend and never belong in the console. */
const SERVER_PACKAGES = ["msw", "hono", "kysely", "better-sqlite3", "pg", "urllib"];
const SERVER_SCOPES = ["@hono/", "@mswjs/"];
/** Our own folders that run in Node or behind the dev-only MSW worker. */
const SERVER_FOLDERS = ["server", "mocks"];

const NODE_BUILTINS = new Set(builtinModules);

/** The package a path inside node_modules belongs to (the innermost one), or undefined. */
function packageOf(path: string): string | undefined {
  const at = path.lastIndexOf("/node_modules/");
  if (at === -1) return undefined;
  const [first, second] = path.slice(at + "/node_modules/".length).split("/");
  if (!first) return undefined;
  return first.startsWith("@") && second ? `${first}/${second}` : first;
}

/** Why a module id does not belong in the console's bundle, or undefined if it does. */
export function whyForbidden(moduleId: string, root: string): string | undefined {
  // Rollup-style ids may carry a "\0" virtual prefix and a "?query" suffix; Windows paths use "\".
  const id = moduleId.replace(/^\0/, "").replace(/\?.*$/, "").replaceAll("\\", "/");
  const base = root.replaceAll("\\", "/").replace(/\/$/, "");

  if (id.startsWith("node:") || NODE_BUILTINS.has(id)) return "a Node built-in";
  // Vite's stand-in for a Node built-in imported by browser code.
  if (id.startsWith("__vite-browser-external")) return "a Node built-in (browser external)";

  const pkg = packageOf(id);
  if (pkg) {
    if (SERVER_PACKAGES.includes(pkg) || SERVER_SCOPES.some((scope) => pkg.startsWith(scope))) {
      return `the server-side package ${pkg}`;
    }
    return undefined;
  }
  for (const folder of SERVER_FOLDERS) {
    if (id.startsWith(`${base}/${folder}/`)) return `code from ${folder}/`;
  }
  return undefined;
}

/** Every module id of the list that must not ship, with the reason. */
export function forbiddenModules(moduleIds: Iterable<string>, root: string): { id: string; reason: string }[] {
  const found: { id: string; reason: string }[] = [];
  for (const id of moduleIds) {
    const reason = whyForbidden(id, root);
    if (reason) found.push({ id, reason });
  }
  return found;
}

/** Fails `vite build` when any chunk contains, or imports, a module that must not ship. */
export function browserOnlyModules(): Plugin {
  let root = process.cwd();
  return {
    name: "access-manager:browser-only-modules",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const problems: string[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        // imports/dynamicImports name other chunks and any externals (a bare "node:fs" would be one).
        const ids = [...output.moduleIds, ...output.imports, ...output.dynamicImports];
        for (const { id, reason } of forbiddenModules(ids, root)) {
          problems.push(`${output.fileName}: ${id} (${reason})`);
        }
      }
      if (problems.length > 0) {
        // The first few name the culprit; a leak of server/app.ts alone drags in a hundred modules.
        const shown = problems.slice(0, 15);
        const more = problems.length > shown.length ? `\n  ...and ${problems.length - shown.length} more` : "";
        this.error(`Server or mock code in the console's bundle:\n  ${shown.join("\n  ")}${more}`);
      }
    },
  };
}
