// Every store the API suite runs against: memory, SQLite in a temp dir, and
// PostgreSQL in a throwaway schema when DATABASE_URL is set.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { openStore } from "../../server/store/open-store.ts";
import type { Store } from "../../server/store/types.ts";

export interface StoreCase {
  name: string;
  open(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

export const storeCases: StoreCase[] = [
  {
    name: "memory",
    async open() {
      const store = new MemoryStore();
      return { store, dispose: () => store.close() };
    },
  },
  {
    name: "sqlite",
    async open() {
      const dataDir = mkdtempSync(join(tmpdir(), "am-api-"));
      const store = await openStore({ dataDir });
      return {
        store,
        async dispose() {
          await store.close();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  storeCases.push({
    name: "postgres",
    async open() {
      const pgSchema = `am_test_${Math.random().toString(36).slice(2, 10)}`;
      const store = await openStore({ databaseUrl, pgSchema });
      return {
        store,
        async dispose() {
          await store.close();
          const client = new pg.Client({ connectionString: databaseUrl });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
          await client.end();
        },
      };
    },
  });
}

// AM_TEST_STORES=memory (as the mutation runs set it) keeps only the stores named.
const only = process.env.AM_TEST_STORES?.split(",").map((s) => s.trim());
if (only) storeCases.splice(0, storeCases.length, ...storeCases.filter((s) => only.includes(s.name)));
