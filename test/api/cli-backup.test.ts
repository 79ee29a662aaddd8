// `backup` while the server takes writes: the copy passes integrity_check and
// holds every write acknowledged before the backup began. `restore` refuses
// while the server runs, and works once it has stopped.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { startServerProcess } from "../../bench/server-process.ts";
import { openStore, SQLITE_FILE } from "../../server/store/open-store.ts";
import { cli, cliJson } from "../support/ops-process.ts";
import { signIn } from "../support/server.ts";
import { demoOrgId, startWriteLoad } from "../support/write-load.ts";

const root = mkdtempSync(join(tmpdir(), "am-backup-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const OWNER = { AM_ADMIN_EMAIL: "backup-owner@example.test", AM_ADMIN_PASSWORD: "backup-owner-password" };
const env = (dir: string) => ({ DATA_DIR: dir, DATABASE_URL: "", AM_SECRET: "backup-test-secret", LOG_REQUESTS: "0", ...OWNER });

describe("backup during a write load", () => {
  it("restores to a store that passes integrity_check and holds every write acknowledged before it began", async () => {
    const live = join(root, "live");
    const file = join(root, "during-load.db");
    mkdirSync(live);
    const server = await startServerProcess(env(live));
    onTestFinished(async () => void (await server.stop("SIGKILL")));
    let before: string[] = [];
    try {
      const client = await signIn(server.base, OWNER.AM_ADMIN_EMAIL, OWNER.AM_ADMIN_PASSWORD);
      const load = startWriteLoad(client, await demoOrgId(client));
      try {
        await load.reached(20);
        before = [...load.acknowledged];
        const backup = await cli(env(live), "backup", "--out", file);
        expect(backup.code, backup.stderr).toBe(0);
        expect(load.acknowledged.length).toBeGreaterThan(before.length); // writes went on meanwhile

        const refused = await cli(env(live), "restore", "--from", file);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/^error: a server \(pid \d+\) is using .*; stop it first, then restore\n$/);
      } finally {
        await load.stop();
      }
    } finally {
      expect(await server.stop("SIGTERM")).toBe(0);
    }

    const copy = new SQLite(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();

    const restoredDir = join(root, "restored");
    mkdirSync(restoredDir);
    expect(await cliJson(env(restoredDir), "restore", "--from", file)).toEqual({ restored: join(restoredDir, SQLITE_FILE), from: file });
    const store = await openStore({ dataDir: restoredDir });
    try {
      const missing = [];
      for (const id of before) if (!(await store.getKey(id))) missing.push(id);
      expect(missing).toEqual([]);
    } finally {
      await store.close();
    }
  }, 90_000);
});
