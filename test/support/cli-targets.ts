// The stores an operator-CLI test runs its commands against, each made fresh
// for one suite: SQLite in a directory of its own and, when DATABASE_URL is
// set, PostgreSQL in a database of its own. `env` is what the CLI process
// gets; `open` gives the test the same store to arrange and check.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";
import { DATABASE_URL, newPgDatabase } from "./ops-process.ts";

export interface CliTarget {
  env: Record<string, string>;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

/** For describe.each: [name, make] per store. */
export function cliTargets(secret: string): [string, () => Promise<CliTarget>][] {
  const targets: [string, () => Promise<CliTarget>][] = [
    ["sqlite", async () => {
      const dir = mkdtempSync(join(tmpdir(), "am-cli-"));
      return { env: { DATA_DIR: dir, DATABASE_URL: "", AM_SECRET: secret }, open: () => openStore({ dataDir: dir }), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    }],
  ];
  if (DATABASE_URL) {
    targets.push(["postgres", async () => {
      const db = await newPgDatabase();
      return { env: { DATABASE_URL: db.url, AM_SECRET: secret }, open: () => openStore({ databaseUrl: db.url }), dispose: db.drop };
    }]);
  }
  return targets;
}
