// Short-lived administrative connections for PostgreSQL tests: a fresh
// database for server processes, a schema dropped after a suite.
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  await withPgClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

/** A new, empty database on the server of `url`; its URL, and how to drop it (closing whatever is still connected). */
export async function freshTestDatabase(url: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withPgClient(url, (c) => c.query(`CREATE DATABASE ${name}`));
  const at = new URL(url);
  at.pathname = `/${name}`;
  return { url: at.toString(), drop: () => withPgClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
}
