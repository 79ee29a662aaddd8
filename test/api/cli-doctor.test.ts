// `doctor`'s findings for a store or configuration that is wrong, each as the
// real process: the problem, its fix, and exit code 1; and pending migrations,
// which are reported but are no problem (the next start runs them). The
// healthy case, file modes, a taken port and a rotated secret are in
// cli-commands.test.ts.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { openStore, SQLITE_FILE } from "../../server/store/open-store.ts";
import { cli } from "../support/ops-process.ts";

interface Finding { check: string; ok: boolean; detail?: string; problem?: string; fix?: string }

const root = mkdtempSync(join(tmpdir(), "am-doctor-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const sqlite = (dir: string) => ({ DATA_DIR: dir, DATABASE_URL: "", AM_SECRET: "cli-doctor-test-secret" });

/** A SQLite store migrated to this version, closed again. */
async function migratedDir(): Promise<{ dir: string; db: string }> {
  const dir = join(root, `d${dirs++}`);
  mkdirSync(dir);
  await (await openStore({ dataDir: dir })).close();
  return { dir, db: join(dir, SQLITE_FILE) };
}

async function doctor(env: Record<string, string>): Promise<{ code: number | null; checks: Finding[] }> {
  const res = await cli(env, "doctor");
  expect(res.stderr).toBe("");
  return { code: res.code, checks: (JSON.parse(res.stdout) as { checks: Finding[] }).checks };
}

const failed = (checks: Finding[]) => checks.filter((c) => !c.ok);

it("bad configuration: names the variable and how to set it, and checks nothing that needs it", async () => {
  const { code, checks } = await doctor({ ...sqlite(join(root, "unused")), PORT: "http" });
  expect(checks).toEqual([{ check: "configuration", ok: false, problem: 'PORT "http" is not a port number', fix: "set PORT to a number from 1 to 65535 (0: any free port)" }]);
  expect(code).toBe(1);
}, 30_000);

it("DATA_DIR missing: says to create it, and does not create it", async () => {
  const dir = join(root, "never-made");
  const { code, checks } = await doctor(sqlite(dir));
  expect(failed(checks)).toEqual([{ check: "data directory", ok: false, problem: `DATA_DIR ${dir} does not exist`, fix: `create it (mkdir -p ${dir}) or point DATA_DIR at an existing directory` }]);
  expect(code).toBe(1);
  expect(existsSync(dir)).toBe(false);
}, 30_000);

it("store unreachable: names the database and says to start it or correct DATABASE_URL", async () => {
  const probe = createServer();
  const port = await new Promise<number>((ok) => probe.listen(0, "127.0.0.1", () => ok((probe.address() as { port: number }).port)));
  await new Promise((ok) => probe.close(ok)); // so nothing listens there
  const { code, checks } = await doctor({ DATABASE_URL: `postgres://root@127.0.0.1:${port}/test`, AM_SECRET: "cli-doctor-test-secret" });
  expect(failed(checks)).toEqual([{ check: "store and migrations", ok: false, problem: `cannot reach PostgreSQL 127.0.0.1:${port}/test (ECONNREFUSED)`, fix: "start PostgreSQL or correct the host and port in DATABASE_URL" }]);
  expect(code).toBe(1);
}, 30_000);

it("a database migrated by a newer version: names the unknown migration and says to run that version or restore", async () => {
  const { dir, db } = await migratedDir();
  const file = new SQLite(db);
  file.prepare("insert into kysely_migration (name, timestamp) values (?, ?)").run("9999_from_the_future", new Date().toISOString());
  file.close();
  const { code, checks } = await doctor(sqlite(dir));
  expect(failed(checks)).toEqual([{ check: "store and migrations", ok: false, problem: `SQLite ${db} was migrated by a newer version (9999_from_the_future)`, fix: "run that version, or restore a backup taken before the upgrade" }]);
  expect(code).toBe(1);
}, 30_000);

it("pending migrations: reported as what the next start runs, exit 0, and none is run", async () => {
  const { dir, db } = await migratedDir();
  const file = new SQLite(db);
  // As after an upgrade that has not started yet: the newest migration is not applied.
  const { name } = file.prepare("select name from kysely_migration order by name desc limit 1").get() as { name: string };
  file.prepare("delete from kysely_migration where name = ?").run(name);
  file.close();
  const { code, checks } = await doctor(sqlite(dir));
  expect(checks.find((c) => c.check === "store and migrations")).toEqual({ check: "store and migrations", ok: true, detail: `SQLite ${db} reachable; 1 migration(s) will run at the next start` });
  expect(failed(checks)).toEqual([]);
  expect(code).toBe(0);
  const after = new SQLite(db, { readonly: true });
  expect(after.prepare("select count(*) as n from kysely_migration where name = ?").get(name)).toEqual({ n: 0 });
  after.close();
}, 30_000);
