// The stores the operator-CLI tests run on: a temp SQLite directory always,
// and a PostgreSQL database of their own when DATABASE_URL is set. Each gives
// the environment for the CLI process and a way to open the same store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";
import { DATABASE_URL, newPgDatabase } from "./ops-process.ts";

export type CliEnv = Record<string, string>;

export interface CliTarget {
  env: CliEnv;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

/** [name, make] pairs for describe.each; `secret` is the AM_SECRET the CLI runs with. */
export function cliTargets(prefix: string, secret: string): [string, () => Promise<CliTarget>][] {
  const targets: [string, () => Promise<CliTarget>][] = [
    ["sqlite", async () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
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
