// How the PostgreSQL pool is sized and how long it waits, from the
// environment (documented in README.md), for the server and the CLI alike.
import type pg from "pg";

export interface PgSettings {
  /** Connections per instance (PG_POOL_SIZE). Several instances share max_connections. */
  poolSize: number;
  /** The server cancels a statement after this long (PG_STATEMENT_TIMEOUT_MS); the request gets 503. */
  statementTimeoutMs: number;
  /** Waiting for a connection, new or from the pool, gives up after this long (PG_CONNECT_TIMEOUT_MS); 503. */
  connectTimeoutMs: number;
}

export const PG_DEFAULTS: PgSettings = { poolSize: 10, statementTimeoutMs: 5_000, connectTimeoutMs: 3_000 };

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export function pgSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): PgSettings {
  return {
    poolSize: positive(env, "PG_POOL_SIZE", PG_DEFAULTS.poolSize),
    statementTimeoutMs: positive(env, "PG_STATEMENT_TIMEOUT_MS", PG_DEFAULTS.statementTimeoutMs),
    connectTimeoutMs: positive(env, "PG_CONNECT_TIMEOUT_MS", PG_DEFAULTS.connectTimeoutMs),
  };
}

/**
 * statement_timeout is enforced by the server; query_timeout, a little later,
 * by the client, for when the server cannot even say so (a network that went
 * silent). keepAlive finds dead idle connections.
 */
export function poolConfig(settings: PgSettings): pg.PoolConfig {
  return {
    max: settings.poolSize,
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: settings.statementTimeoutMs + 1_000,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    keepAlive: true,
  };
}
