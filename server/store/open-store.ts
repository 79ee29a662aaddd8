// Opens the configured database and brings its schema up to date:
// PostgreSQL when a URL is given, else an SQLite file under dataDir.
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { cachedReads, type Generation } from "./cached-reads.ts";
import { sqliteGeneration, WriteCounter } from "./generation.ts";
import { KyselyStore } from "./kysely-store.ts";
import { migrationProvider } from "./migrations.ts";
import type { SqlDialect } from "./migrations.ts";
import { attachChangeTriggers } from "./pg-changes.ts";
import { PgGeneration } from "./pg-generation.ts";
import { pgSettingsFromEnv, poolConfig, type PgSettings } from "./pg-settings.ts";
import { unavailableAs503 } from "./pg-unavailable.ts";
import type { Database } from "./schema.ts";
import type { Store } from "./types.ts";

export interface StoreOptions {
  /** Directory of the SQLite file, or ":memory:" for a database that dies with the process. */
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema to create (if missing) and use for every connection. */
  pgSchema?: string;
  /** Pool size and timeouts; from PG_POOL_SIZE, PG_STATEMENT_TIMEOUT_MS and PG_CONNECT_TIMEOUT_MS when absent. */
  pg?: PgSettings;
}

export const SQLITE_FILE = "access-manager.db";
// Goes into a connection parameter and DDL unquoted, so only plain identifiers.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads go through cachedReads on both databases. SQLite's generation check
 * costs a fraction of a query; PostgreSQL's costs one round trip per request
 * (awaitCommits), shared by concurrent requests (docs/decisions/0005).
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, dialect, migrationSchema, generation } = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.pgSchema, options.pg ?? pgSettingsFromEnv())
    : { ...openSqlite(options.dataDir), dialect: "sqlite" as const, migrationSchema: undefined };
  try {
    await migrate(db, dialect, migrationSchema);
    if (dialect === "postgres") await attachChangeTriggers(db);
    // The counter's first value, so that code outside requests (the CLI) starts from the present.
    await generation.awaitCommits?.();
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return cachedReads(new KyselyStore(db, dialect), generation);
}

function openSqlite(dataDir: string | undefined): { db: Kysely<Database>; generation: Generation } {
  if (!dataDir) throw new Error("openStore: give dataDir (SQLite) or databaseUrl (PostgreSQL)");
  let path = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    path = join(dataDir, SQLITE_FILE);
    keepPrivate(path);
  }
  const database = new SQLite(path);
  database.pragma("journal_mode = WAL");
  // Off by default in SQLite; deleteKey relies on the cascades.
  database.pragma("foreign_keys = ON");
  // The CLI may write while the server runs: wait for its lock instead of failing.
  database.pragma("busy_timeout = 5000");
  const writes = new WriteCounter();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }), plugins: [writes] });
  return { db, generation: { read: sqliteGeneration(database, writes) } };
}

/**
 * The database holds sealed secrets and password hashes: readable by the
 * server's user only, like the secret file. SQLite gives its -wal and -shm
 * files the mode of the database file, so creating that one 0600 suffices;
 * chmod covers a file made before this rule.
 */
function keepPrivate(path: string): void {
  closeSync(openSync(path, "a", 0o600));
  chmodSync(path, 0o600);
}

/**
 * Kysely prepares every query anew; preparing costs about as much as running
 * our small queries. The SQL text of our queries is a small fixed set (values
 * are bound parameters), so keep each prepared statement. Safe because Kysely
 * runs one query at a time on this connection and we never stream (iterate).
 */
function withStatementCache(database: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== "prepare") {
        const value: unknown = Reflect.get(target, property, receiver);
        // Native methods check that `this` is the real database, not the proxy.
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          if (cache.size >= 500) cache.clear();
          statement = prepare(source);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

async function openPostgres(connectionString: string, pgSchema: string | undefined, settings: PgSettings) {
  if (pgSchema !== undefined) {
    if (!SCHEMA_NAME.test(pgSchema)) throw new Error(`openStore: invalid PostgreSQL schema name "${pgSchema}"`);
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${pgSchema}`);
    } finally {
      await client.end();
    }
  }
  // search_path as a startup parameter applies to every pooled connection
  // from its first query, with no per-checkout SET to forget.
  const pool = new pg.Pool({ connectionString, ...poolConfig(settings), ...(pgSchema ? { options: `-c search_path=${pgSchema}` } : {}) });
  // An idle client that loses its server emits "error"; unhandled, that would
  // crash the process. The pool drops that client and the next query reconnects.
  pool.on("error", (e) => console.error("postgres pool:", e.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { rows } = await pool.query<{ schema: string | null }>("select current_schema() as schema");
    const current = rows[0]?.schema;
    if (!current) throw new Error("openStore: no PostgreSQL schema on the search_path exists; create one or pass pgSchema");
    const { read, written, awaitCommits } = new PgGeneration(pool);
    const generation: Generation = { read, written, awaitCommits, failed: unavailableAs503 };
    return { db, dialect: "postgres" as const, migrationSchema: current, generation };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}

async function migrate(db: Kysely<Database>, dialect: SqlDialect, migrationSchema: string | undefined): Promise<void> {
  // Kysely's Migrator looks for its own tables in every schema unless told
  // which one; name it so schemas sharing a database never see each other's.
  const migrator = new Migrator({ db, provider: migrationProvider(dialect), migrationTableSchema: migrationSchema });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely introspects every schema of the database; one dropped at that
  // moment by another user of the database (parallel test runs do this)
  // fails the look-up with 3F000. Nothing was migrated yet, so try again.
  for (let attempt = 0; attempt < 3 && isSchemaGone(error); attempt++) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "(before any migration ran)";
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed} failed: ${reason}`, { cause: error });
  }
}

function isSchemaGone(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "3F000";
}
