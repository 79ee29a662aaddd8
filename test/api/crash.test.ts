// kill -9 while clients write: every write that was answered 2xx is there
// after a restart, and the SQLite file passes integrity_check. On SQLite and
// on PostgreSQL, through the real process and the real API.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { describe, expect, it, onTestFinished } from "vitest";
import { startServerProcess, type ProcessEnv } from "../../bench/server-process.ts";
import { SQLITE_FILE } from "../../server/store/open-store.ts";
import { signIn } from "../support/server.ts";
import { demoOrgId, startWriteLoad } from "../support/write-load.ts";
import { DATABASE_URL, newPgDatabase } from "../support/ops-process.ts";

const OWNER = { AM_ADMIN_EMAIL: "crash-owner@example.test", AM_ADMIN_PASSWORD: "crash-owner-password", AM_SECRET: "crash-test-secret", LOG_REQUESTS: "0" };
async function crashAndCheck(env: ProcessEnv): Promise<void> {
  const first = await startServerProcess({ ...env, ...OWNER });
  onTestFinished(async () => void (await first.stop("SIGKILL")));
  const client = await signIn(first.base, OWNER.AM_ADMIN_EMAIL, OWNER.AM_ADMIN_PASSWORD);
  const orgId = await demoOrgId(client);
  const load = startWriteLoad(client, orgId);
  // Enough writes first that the kill surely falls among others in flight.
  await load.reached(40);
  await first.stop("SIGKILL");
  await load.stop();
  const acknowledged = load.acknowledged;

  const second = await startServerProcess({ ...env, ...OWNER });
  try {
    const again = await signIn(second.base, OWNER.AM_ADMIN_EMAIL, OWNER.AM_ADMIN_PASSWORD);
    const listed = await again.call("GET", `/orgs/${orgId}/apiKeys?itemsPerPage=500`);
    const present = new Set((listed.body.results as { id: string }[]).map((k) => k.id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
  } finally {
    expect(await second.stop("SIGTERM")).toBe(0);
  }
}

describe("kill -9 during concurrent writes", () => {
  it("SQLite keeps every acknowledged write and passes integrity_check", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "am-crash-"));
    try {
      await crashAndCheck({ DATA_DIR: dataDir, DATABASE_URL: "" });
      const db = new SQLite(join(dataDir, SQLITE_FILE), { readonly: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.pragma("foreign_key_check")).toEqual([]);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!DATABASE_URL)("PostgreSQL keeps every acknowledged write", async () => {
    const db = await newPgDatabase();
    try {
      await crashAndCheck({ DATABASE_URL: db.url });
    } finally {
      await db.drop();
    }
  }, 60_000);
});
