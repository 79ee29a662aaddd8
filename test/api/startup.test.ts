// Every way a start can fail ends within 10 s with one line on stderr that
// names the cause and the fix, exit code 1, no stack trace, and nothing on
// stdout (so no one-time password is shown and lost).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, SQLITE_FILE } from "../../server/store/open-store.ts";
import { startFakePostgres, type PasswordRequest } from "../support/fake-postgres.ts";
import { DATABASE_URL, newPgDatabase, runServer, type Exited } from "../support/ops-process.ts";

const root = mkdtempSync(join(tmpdir(), "am-startup-"));
chmodSync(root, 0o755); // so that the cases run as nobody reach their directory
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => {
  const dir = join(root, `d${dirs++}`);
  mkdirSync(dir);
  return dir;
};
const sqlite = (dir: string) => ({ DATA_DIR: dir, DATABASE_URL: "", AM_SECRET: "startup-test-secret" });
// Root may write anywhere and bind any port; these cases run as nobody then.
const asUser = process.getuid?.() === 0 ? { uid: 65534 } : {};

function expectFailure(res: Exited, cause: RegExp): void {
  const lines = res.stderr.trimEnd().split("\n");
  expect(lines, res.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Access Manager did not start: .+; fix: .+$/);
  expect(lines[0]).toMatch(cause);
  expect(res.stderr).not.toMatch(/^\s+at /m);
  expect(res.stdout).toBe("");
  expect(res.code).toBe(1);
  expect(res.ms).toBeLessThan(10_000);
}

function listening(server: Server): Promise<number> {
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok((server.address() as { port: number }).port)));
}

describe("start-up failures", () => {
  it("port in use", async () => {
    const holder = createServer();
    const port = await listening(holder);
    try {
      expectFailure(await runServer({ ...sqlite(freshDir()), PORT: String(port) }), new RegExp(`port ${port} on 127.0.0.1 is already in use`));
    } finally {
      holder.close();
    }
  });

  it("port not permitted", async () => {
    expectFailure(await runServer({ ...sqlite("/tmp"), PORT: "1" }, asUser), /not permitted to listen on 127\.0\.0\.1:1 \(EACCES\)/);
  });

  it("HOST that is not an address of this machine", async () => {
    expectFailure(await runServer({ ...sqlite(freshDir()), HOST: "192.0.2.1" }), /HOST 192\.0\.2\.1 is not an address of this machine/);
  });

  it("PORT that is not a number", async () => {
    expectFailure(await runServer({ ...sqlite(freshDir()), PORT: "http" }), /PORT "http" is not a port number/);
  });

  it("DATA_DIR missing", async () => {
    const dir = join(root, "never-made");
    expectFailure(await runServer(sqlite(dir)), /DATA_DIR .*never-made does not exist/);
    expect(existsSync(dir)).toBe(false);
  });

  it("DATA_DIR not a directory", async () => {
    const file = join(root, "a-file");
    writeFileSync(file, "");
    expectFailure(await runServer(sqlite(file)), /DATA_DIR .*a-file is not a directory/);
  });

  it("DATA_DIR not writable", async () => {
    const dir = freshDir();
    chmodSync(dir, 0o555);
    expectFailure(await runServer(sqlite(dir), asUser), /DATA_DIR .* is not writable by this user \(EACCES\)/);
  });

  it("database unreachable (nothing listens)", async () => {
    const probe = createServer();
    const port = await listening(probe);
    await new Promise((ok) => probe.close(ok));
    const env = { DATABASE_URL: `postgres://root@127.0.0.1:${port}/test`, AM_SECRET: "startup-test-secret" };
    expectFailure(await runServer(env), new RegExp(`cannot reach PostgreSQL 127\\.0\\.0\\.1:${port}/test \\(ECONNREFUSED\\)`));
  });

  it("database unreachable (accepts, never answers): gives up within 10 s", async () => {
    const silent = createServer(() => {});
    const port = await listening(silent);
    try {
      const env = { DATABASE_URL: `postgres://root@127.0.0.1:${port}/test`, AM_SECRET: "startup-test-secret" };
      expectFailure(await runServer(env), /PostgreSQL 127\.0\.0\.1:\d+\/test did not answer within \d+\.\d s/);
    } finally {
      silent.close();
    }
  });

  // The shared PostgreSQL trusts local connections and never asks for a
  // password, so a fake one asks and refuses (SQLSTATE 28P01).
  it.each<[string, PasswordRequest, string]>([
    ["a wrong password (cleartext asked)", "cleartext", ":not-the-password"],
    ["no password in DATABASE_URL (MD5 asked)", "md5", ""],
  ])("credentials refused: %s", async (_case, kind, password) => {
    const fake = await startFakePostgres(kind);
    try {
      const env = { DATABASE_URL: `postgres://am_ops_fake${password}@127.0.0.1:${fake.port}/test`, AM_SECRET: "startup-test-secret" };
      const res = await runServer(env);
      expectFailure(res, /PostgreSQL 127\.0\.0\.1:\d+\/test refused the credentials \(password authentication failed for user "am_ops_fake"\); fix: correct the user and password in DATABASE_URL$/);
      expect(fake.startups).toContain("am_ops_fake");
      if (password) expect(res.stderr).not.toContain(password.slice(1));
    } finally {
      await fake.close();
    }
  });

  it("AM_SECRET missing with DATABASE_URL", async () => {
    expectFailure(await runServer({ DATABASE_URL: "postgres://root@127.0.0.1:5432/test", AM_SECRET: "" }), /AM_SECRET is not set but DATABASE_URL is/);
  });

  it("database migrated by a newer version", async () => {
    const dir = freshDir();
    await (await openStore({ dataDir: dir })).close();
    const db = new SQLite(join(dir, SQLITE_FILE));
    db.prepare("insert into kysely_migration (name, timestamp) values (?, ?)").run("9999_from_the_future", new Date().toISOString());
    db.close();
    expectFailure(await runServer(sqlite(dir)), /was migrated by a newer version of Access Manager \(it has migration 9999_from_the_future/);
  });

  it("a migration failing", async () => {
    const dir = freshDir();
    const db = new SQLite(join(dir, SQLITE_FILE));
    db.exec("create table orgs (something_else text)");
    db.close();
    expectFailure(await runServer(sqlite(dir)), /database migration 0001_initial failed on SQLite .*: table "orgs" already exists/);
  });

  it("a file that is not an SQLite database", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, SQLITE_FILE), "not a database, just text that is long enough to have a header".repeat(20));
    expectFailure(await runServer(sqlite(dir)), /is not a usable SQLite database \(SQLITE_NOTADB\)/);
  });

  it("DEBUG=1 adds the stack trace after the line", async () => {
    const res = await runServer({ ...sqlite(join(root, "never-made")), DEBUG: "1" });
    expect(res.code).toBe(1);
    expect(res.stderr.split("\n")[0]).toMatch(/^Access Manager did not start: DATA_DIR .* does not exist; fix: /);
    expect(res.stderr).toMatch(/^\s+at /m);
  });
});

describe.skipIf(!DATABASE_URL)("start-up failures on PostgreSQL", () => {
  const base = new URL(DATABASE_URL ?? "postgres://localhost/");

  it("database missing", async () => {
    const url = new URL(base);
    url.pathname = "/am_ops_no_such_database";
    expectFailure(await runServer({ DATABASE_URL: url.toString(), AM_SECRET: "startup-test-secret" }), /am_ops_no_such_database: the database does not exist; fix: create it \(createdb am_ops_no_such_database\)/);
  });

  it("credentials refused (a role that does not exist)", async () => {
    const url = new URL(base);
    url.username = "am_ops_nobody";
    url.password = "wrong";
    const res = await runServer({ DATABASE_URL: url.toString(), AM_SECRET: "startup-test-secret" });
    expectFailure(res, /refused the credentials .*; fix: correct the user and password in DATABASE_URL/);
    expect(res.stderr).not.toContain("wrong");
  });

  it("database migrated by a newer version", async () => {
    const db = await newPgDatabase();
    try {
      await (await openStore({ databaseUrl: db.url })).close();
      const client = new (await import("pg")).default.Client({ connectionString: db.url });
      await client.connect();
      await client.query("insert into kysely_migration (name, timestamp) values ($1, $2)", ["9999_from_the_future", new Date().toISOString()]);
      await client.end();
      expectFailure(await runServer({ DATABASE_URL: db.url, AM_SECRET: "startup-test-secret" }), /PostgreSQL .*was migrated by a newer version/);
    } finally {
      await db.drop();
    }
  });
});
