// What the banner, the logs and error lines may say about the store: the
// SQLite file, or PostgreSQL's host and database, never a password.
import { join } from "node:path";
import { SQLITE_FILE } from "../store/open-store.ts";

export interface StoreTarget {
  kind: "sqlite" | "postgres";
  /** "SQLite /data/access-manager.db" or "PostgreSQL db.internal:5432/am". */
  label: string;
  /** PostgreSQL's database name, for the "create it" fix. */
  database?: string;
}

export function storeTarget(config: { dataDir: string; databaseUrl?: string }): StoreTarget {
  if (!config.databaseUrl) return { kind: "sqlite", label: `SQLite ${join(config.dataDir, SQLITE_FILE)}` };
  try {
    const url = new URL(config.databaseUrl);
    const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || decodeURIComponent(url.username) || "(default)";
    const host = url.hostname || "localhost";
    return { kind: "postgres", label: `PostgreSQL ${host}:${url.port || "5432"}/${database}`, database };
  } catch {
    return { kind: "postgres", label: "PostgreSQL (DATABASE_URL does not parse as a URL)" };
  }
}
