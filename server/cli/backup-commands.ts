// SQLite backups with SQLite's online backup API, safe while the server
// writes; restore only while no server runs on the directory. PostgreSQL has
// its own tools, which also know its roles, extensions and permissions.
import { chmodSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { required, UsageError } from "../cli-args.ts";
import { checkDataDir } from "../startup/data-dir.ts";
import { runningServers } from "../startup/pid-file.ts";
import { SQLITE_FILE } from "../store/open-store.ts";
import type { Command, CliContext } from "./command.ts";

/** Pages per backup step after the first: all of them, so a busy server cannot make the copy start over forever. */
const ALL_PAGES = 0x7fffffff;

function sqliteOnly(ctx: CliContext, what: string): string {
  if (ctx.config().databaseUrl) throw new UsageError(`${what} is for SQLite; on PostgreSQL use pg_dump and pg_restore`);
  return join(ctx.config().dataDir, SQLITE_FILE);
}

/** Opens an existing SQLite file for fn and closes it whatever happens. */
async function withDatabase<T>(file: string, readonly: boolean, fn: (db: SQLite.Database) => T | Promise<T>): Promise<T> {
  const db = new SQLite(file, { readonly, fileMustExist: true });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/**
 * An online backup of `from` into the new file `to` (mode 0600: it holds
 * password hashes and sealed key secrets, like the store), in rollback-journal
 * mode so it is one self-contained file with no -wal/-shm beside it, checked
 * with integrity_check.
 */
async function copyDatabase(from: string, to: string): Promise<void> {
  await withDatabase(from, false, (db) => {
    db.pragma("busy_timeout = 5000");
    return db.backup(to, { progress: () => ALL_PAGES });
  });
  chmodSync(to, 0o600);
  await withDatabase(to, false, (db) => db.pragma("journal_mode = DELETE"));
  await checkIntegrity(to);
}

/** Fails unless the file is an SQLite database that passes integrity_check. */
function checkIntegrity(file: string): Promise<void> {
  return withDatabase(file, true, (db) => {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} fails PRAGMA integrity_check: ${String(result)}`);
  });
}

export const backupCommands: Command[] = [
  {
    name: "backup",
    args: "--out FILE",
    summary: "a consistent copy of the SQLite store, taken while the server runs (keep the secret too: AM_SECRET or DATA_DIR/secret)",
    flags: { out: "one" },
    async run(flags, ctx) {
      const source = sqliteOnly(ctx, "backup");
      const out = resolve(required(flags, "out"));
      if (existsSync(out)) throw new UsageError(`${out} exists; choose a new file name`);
      if (!existsSync(source)) throw new Error(`no database at ${source}: check DATA_DIR`);
      await copyDatabase(source, out);
      return { backup: out, bytes: statSync(out).size, from: source };
    },
  },
  {
    name: "restore",
    args: "--from FILE",
    summary: "replaces the SQLite store with a backup; refuses while a server runs on DATA_DIR",
    flags: { from: "one" },
    async run(flags, ctx) {
      const target = sqliteOnly(ctx, "restore");
      const from = resolve(required(flags, "from"));
      if (!existsSync(from)) throw new UsageError(`${from} does not exist`);
      checkDataDir(ctx.config().dataDir, ctx.config().dataDirNamed);
      const servers = runningServers(ctx.config().dataDir);
      if (servers.length) throw new Error(`a server (pid ${servers.join(", ")}) is using ${ctx.config().dataDir}; stop it first, then restore`);
      await checkIntegrity(from);
      // Copy next to the target, then swap in one rename: a crash midway
      // leaves either the old store or the new one, never half of each.
      const incoming = `${target}.restoring`;
      rmSync(incoming, { force: true });
      await copyDatabase(from, incoming);
      // The old store's WAL belongs to the old file; left in place SQLite would replay it into the new one.
      rmSync(`${target}-wal`, { force: true });
      rmSync(`${target}-shm`, { force: true });
      renameSync(incoming, target);
      return { restored: target, from };
    },
  },
];
