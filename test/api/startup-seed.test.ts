// The demo owner's one-time password cannot be lost: a start that fails
// (port busy) creates and prints nothing; the next start prints it; and an
// owner who never signed in is pointed, at every start, to the CLI command
// that sets a new password. The banner names URL, store and version.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../../bench/server-process.ts";
import { SQLITE_FILE } from "../../server/store/open-store.ts";
import { cliJson, DATABASE_URL, newPgDatabase, runServer } from "../support/ops-process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "am-seed-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { DATA_DIR: dataDir, DATABASE_URL: "", AM_SECRET: "seed-test-secret", AM_ADMIN_EMAIL: "", AM_ADMIN_PASSWORD: "", LOG_REQUESTS: "0" };
// Servers left running by a failed assertion are stopped here, not leaked.
const started: ServerProcess[] = [];
afterAll(async () => void (await Promise.all(started.map((s) => s.stop("SIGKILL")))));
const start = async (e: Record<string, string>) => {
  const server = await startServerProcess(e);
  started.push(server);
  return server;
};
const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

async function signInStatus(base: string, email: string, password: string): Promise<number> {
  const res = await fetch(`${base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) });
  return res.status;
}

async function stopped(server: ServerProcess): Promise<void> {
  expect(await server.stop("SIGTERM")).toBe(0);
}

describe("the first owner's password", () => {
  it("is neither created nor printed when the port is busy, is printed on the next start, and a reset replaces it", async () => {
    const holder = createServer();
    const port = await new Promise<number>((ok) => holder.listen(0, "127.0.0.1", () => ok((holder.address() as { port: number }).port)));
    const busy = await runServer({ ...env, PORT: String(port) });
    holder.close();
    expect(busy.code).toBe(1);
    expect(busy.stdout).toBe("");
    expect(existsSync(join(dataDir, SQLITE_FILE))).toBe(false);

    const first = await start({ ...env, PORT: String(port) });
    const out = first.output();
    expect(out).toContain(`Access Manager on http://127.0.0.1:${port} (SQLite ${join(dataDir, SQLITE_FILE)}, version ${version})`);
    const password = /Sign in as admin@example\.com with password (\S+) \(shown once\)/.exec(out)?.[1];
    expect(password).toBeTruthy();
    await stopped(first);

    // Never signed in: every start says how to set a password.
    const second = await start(env);
    const command = "npm run --silent cli -- users reset-password --email admin@example.com";
    expect(second.output()).toContain(command);
    expect(second.output()).not.toContain(password);
    const reset = await cliJson<{ password: string }>(env, "users", "reset-password", "--email", "admin@example.com");
    expect(await signInStatus(second.base, "admin@example.com", password ?? "")).toBe(401);
    expect(await signInStatus(second.base, "admin@example.com", reset.password)).toBe(200);
    await stopped(second);

    const third = await start(env);
    expect(third.output()).not.toContain(command);
    await stopped(third);
  }, 90_000);
});

describe.skipIf(!DATABASE_URL)("the banner on PostgreSQL", () => {
  it("names host and database, never the password", async () => {
    const db = await newPgDatabase();
    try {
      const url = new URL(db.url);
      url.password = "banner-secret-pw";
      const server = await start({ ...env, DATABASE_URL: url.toString() });
      expect(server.output()).toMatch(new RegExp(`Access Manager on http://127\\.0\\.0\\.1:\\d+ \\(PostgreSQL ${url.hostname}:${url.port || 5432}/${db.name}, version ${version.replace(/\./g, "\\.")}\\)`));
      expect(server.output()).not.toContain("banner-secret-pw");
      await stopped(server);
    } finally {
      await db.drop();
    }
  });
});
