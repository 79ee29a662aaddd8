// The checks behind `doctor`, each returning what it found: ok, or the
// problem with its fix. None of them changes anything (no migration runs, no
// directory or secret is created).
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { nodeCrypto } from "../auth/node-crypto.ts";
import { SECRET_FILE, type Config } from "../config.ts";
import { listen } from "../startup/listen.ts";
import { explainStoreFailure } from "../startup/store-failure.ts";
import type { StoreTarget } from "../startup/store-target.ts";
import { migrationProvider } from "../store/migrations.ts";
import { SQLITE_FILE } from "../store/open-store.ts";
import type { Store } from "../store/types.ts";

export interface Finding {
  check: string;
  ok: boolean;
  detail?: string;
  problem?: string;
  fix?: string;
}

export const ok = (check: string, detail: string): Finding => ({ check, ok: true, detail });
export const bad = (check: string, problem: string, fix: string): Finding => ({ check, ok: false, problem, fix });

export function fileModes(config: Config): Finding {
  const files = [SECRET_FILE, SQLITE_FILE, `${SQLITE_FILE}-wal`].map((f) => join(config.dataDir, f)).filter((f) => existsSync(f));
  const open = files.filter((f) => (statSync(f).mode & 0o077) !== 0);
  if (open.length) return bad("file modes", `readable by group or others: ${open.join(", ")}`, `chmod 600 ${open.join(" ")}`);
  return ok("file modes", files.length ? `${files.length} file(s) with mode 0600 or stricter` : "no files yet");
}

export function secretSource(config: Config): Finding {
  if (config.secretFromEnv) {
    return config.secretFromEnv.length < 16
      ? bad("secret", "AM_SECRET is shorter than 16 characters", "set AM_SECRET to a long random value (openssl rand -base64 32), the same on every instance")
      : ok("secret", "AM_SECRET is set");
  }
  const file = join(config.dataDir, SECRET_FILE);
  return ok("secret", existsSync(file) ? `generated secret in ${file}` : `none yet: the first start generates ${file}`);
}

/** Names of applied migrations, without running any; undefined when the store has none yet. */
export async function appliedMigrations(config: Config): Promise<string[] | undefined> {
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>("select name from kysely_migration order by name");
      return rows.map((r) => r.name);
    } catch (e) {
      if ((e as { code?: string }).code === "42P01") return undefined;
      throw e;
    } finally {
      await client.end();
    }
  }
  const file = join(config.dataDir, SQLITE_FILE);
  if (!existsSync(file)) return undefined;
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const known = db.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!known) return undefined;
    return (db.prepare("select name from kysely_migration order by name").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

export async function storeAndMigrations(config: Config, target: StoreTarget): Promise<{ finding: Finding; upToDate: boolean }> {
  const check = "store and migrations";
  let applied: string[] | undefined;
  try {
    applied = await appliedMigrations(config);
  } catch (e) {
    const why = explainStoreFailure(e, target);
    return { finding: bad(check, why.problem, why.fix), upToDate: false };
  }
  const known = Object.keys(await migrationProvider(config.databaseUrl ? "postgres" : "sqlite").getMigrations());
  const unknown = (applied ?? []).filter((name) => !known.includes(name));
  if (unknown.length) {
    return { finding: bad(check, `${target.label} was migrated by a newer version (${unknown.join(", ")})`, "run that version, or restore a backup taken before the upgrade"), upToDate: false };
  }
  const pending = known.filter((name) => !(applied ?? []).includes(name));
  const detail = pending.length ? `${target.label} reachable; ${pending.length} migration(s) will run at the next start` : `${target.label} reachable and up to date`;
  return { finding: ok(check, detail), upToDate: pending.length === 0 };
}

/** Opens one stored key with the configured secret: a rotated or mistyped AM_SECRET fails here. */
export async function secretOpensKeys(store: Store, secret: string): Promise<Finding> {
  const crypto = nodeCrypto(secret);
  for (const org of await store.listOrgs("all")) {
    const [key] = await store.listKeys(org.id, { offset: 0, limit: 1 });
    if (!key) continue;
    try {
      crypto.openKeySecret(key.publicKey, key.secretEnc);
      return ok("secret opens keys", `the secret opens key ${key.publicKey}`);
    } catch {
      return bad("secret opens keys", `the secret does not open key ${key.publicKey}: keys were sealed with another AM_SECRET`, "set AM_SECRET back to the value the keys were created with (or recreate the keys)");
    }
  }
  return ok("secret opens keys", "no API keys yet");
}

export async function listeningAddress(config: Config): Promise<Finding> {
  const check = "listening address";
  const where = `${config.host}:${config.port}`;
  const probe = createServer();
  try {
    await listen(probe, config.host, config.port);
    return ok(check, `${where} is free`);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code === "EADDRINUSE" && (await answersLive(config))) {
      return ok(check, `an Access Manager server answers on ${where}`);
    }
    const why = e as { problem?: string; fix?: string };
    return bad(check, why.problem ?? String(e), why.fix ?? "check HOST and PORT");
  } finally {
    probe.close();
  }
}

async function answersLive(config: Config): Promise<boolean> {
  try {
    const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
    const res = await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${config.port}/api/health/live`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}
