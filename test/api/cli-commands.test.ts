// Every operator command, as a real process, on SQLite and on PostgreSQL:
// help, the list commands (never a secret), delete, password reset, doctor,
// and backup/restore (SQLite) or their refusal (PostgreSQL).
import { chmodSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { cliTargets, type CliEnv, type CliTarget } from "../support/cli-targets.ts";
import { cli, cliJson } from "../support/ops-process.ts";

const SECRET = "cli-commands-test-secret";
const targets = cliTargets("am-cli-cmd-", SECRET);

function expectUsageError(res: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(res.code).toBe(2);
  expect(res.stdout).toBe("");
  expect(res.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(res.stderr).toMatch(pattern);
}

describe("cli --help", () => {
  it("lists every command and exits 0; <command> --help shows that command", async () => {
    const all = await cli({}, "--help");
    expect(all.code).toBe(0);
    for (const name of ["orgs list", "projects list", "users list", "users reset-password", "keys list", "keys delete", "doctor", "backup", "restore"]) {
      expect(all.stdout).toContain(`cli -- ${name}`);
    }
    const one = await cli({}, "keys", "delete", "--help");
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split("\n")[0]).toBe("npm run --silent cli -- keys delete --org ORG_ID --key KEY_ID");
    expect(one.stdout).not.toContain("keys create");
  });
});

describe.each(targets)("operator CLI on %s", (_name, make) => {
  let target: CliTarget;
  let env: CliEnv;
  beforeAll(async () => {
    target = await make();
    env = target.env;
  });
  afterAll(() => target.dispose());

  it("lists orgs, projects, users and keys as one JSON document each, never a secret; deletes a key", async () => {
    const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Listed Org");
    const orgs = await cliJson<{ results: { id: string; name: string }[] }>(env, "orgs", "list");
    expect(orgs.results.map((o) => [o.id, o.name])).toContainEqual([org.id, "Listed Org"]);

    const project = await cliJson<{ id: string }>(env, "projects", "create", "--org", org.id, "--name", "Listed Project");
    const projects = await cliJson<{ results: { id: string; name: string }[]; totalCount: number }>(env, "projects", "list", "--org", org.id);
    expect(projects).toMatchObject({ totalCount: 1, results: [{ id: project.id, name: "Listed Project" }] });

    await cliJson(env, "users", "create", "--email", "lister@example.test", "--password", "pw-for-listing", "--org", org.id, "--role", "ORG_OWNER");
    const users = await cli(env, "users", "list", "--org", org.id);
    expect(JSON.parse(users.stdout)).toMatchObject({ totalCount: 1, results: [{ email: "lister@example.test", roles: [{ orgId: org.id, roleName: "ORG_OWNER" }], locked: false }] });
    expect(users.stdout).not.toMatch(/pw-for-listing|scrypt|hash/i);

    const key = await cliJson<{ id: string; privateKey: string }>(env, "keys", "create", "--org", org.id, "--desc", "listed key", "--role", "ORG_READ_ONLY");
    const keys = await cli(env, "keys", "list", "--org", org.id);
    expect(keys.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(keys.stdout)).toMatchObject({ totalCount: 1, results: [{ id: key.id, desc: "listed key", privateKey: `********-****-****-${key.privateKey.slice(-12)}` }] });
    expect(keys.stdout).not.toContain(key.privateKey);

    expect(await cliJson(env, "keys", "delete", "--org", org.id, "--key", key.id)).toEqual({ deleted: key.id, orgId: org.id });
    expect(await cliJson(env, "keys", "list", "--org", org.id)).toEqual({ results: [], totalCount: 0 });
    expectUsageError(await cli(env, "keys", "delete", "--org", org.id, "--key", key.id), /No API key with ID/);
    expectUsageError(await cli(env, "projects", "list", "--org", "0".repeat(24)), /no organization/);
    expectUsageError(await cli(env, "users", "list"), /--org is required/);
  }, 240_000); // 15 processes: about 4 s each on a loaded 2-core machine

  it("users reset-password prints a new password once, clears the lockout and ends sessions", async () => {
    const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Reset Org");
    const user = await cliJson<{ id: string }>(env, "users", "create", "--email", "locked@example.test", "--password", "old-password", "--org", org.id, "--role", "ORG_OWNER");
    let store = await target.open();
    await store.updateUserLogin(user.id, { failedLogins: 9, lockedUntil: new Date(Date.now() + 3600_000) });
    await store.insertSession({ tokenHash: "t".repeat(64), userId: user.id, csrfToken: "c", created: new Date(), expires: new Date(Date.now() + 3600_000) });
    await store.close();

    const reset = await cliJson<{ email: string; password: string }>(env, "users", "reset-password", "--email", "Locked@Example.test");
    expect(reset.email).toBe("locked@example.test");
    expect(reset.password.length).toBeGreaterThanOrEqual(20);

    store = await target.open();
    const after = await store.getUser(user.id);
    expect(after).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect(await nodeCrypto(SECRET).verifyPassword(reset.password, after?.passwordHash ?? "")).toBe(true);
    expect(await store.countUserSessions(user.id)).toBe(0);
    await store.close();
    expectUsageError(await cli(env, "users", "reset-password", "--email", "nobody@example.test"), /no user nobody@example\.test/);
  }, 60_000);

  it.runIf(_name === "sqlite")("doctor reports a store file readable by others, with chmod as the fix", async () => {
    await cliJson(env, "orgs", "list");
    const db = join(env.DATA_DIR ?? "", "access-manager.db");
    chmodSync(db, 0o644);
    const res = await cli({ ...env, PORT: "0" }, "doctor");
    expect(res.code).toBe(1);
    const found = (JSON.parse(res.stdout) as { checks: { check: string; ok: boolean; problem?: string; fix?: string }[] }).checks.filter((c) => !c.ok);
    expect(found).toEqual([{ check: "file modes", ok: false, problem: expect.stringContaining(db), fix: expect.stringMatching(/^chmod 600 .*access-manager\.db/) }]);
    // The fix it names, for the healthy case below.
    for (const f of readdirSync(env.DATA_DIR ?? "")) chmodSync(join(env.DATA_DIR ?? "", f), 0o600);
  }, 30_000);

  it("doctor reports a healthy setup with exit 0, and a taken port as a problem with its fix and exit 1", async () => {
    const healthy = await cli({ ...env, PORT: "0" }, "doctor");
    expect(healthy.code, healthy.stdout).toBe(0);
    const report = JSON.parse(healthy.stdout) as { ok: boolean; checks: { check: string; ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.check)).toEqual(expect.arrayContaining(["configuration", "secret", "store and migrations", "secret opens keys", "listening address"]));

    const squatter = createServer();
    const port = await new Promise<number>((ok) => squatter.listen(0, "127.0.0.1", () => ok((squatter.address() as { port: number }).port)));
    try {
      const sick = await cli({ ...env, PORT: String(port) }, "doctor");
      expect(sick.code).toBe(1);
      const found = (JSON.parse(sick.stdout) as { checks: { check: string; ok: boolean; problem?: string; fix?: string }[] }).checks.find((c) => !c.ok);
      expect(found).toMatchObject({ check: "listening address", problem: `port ${port} on 127.0.0.1 is already in use`, fix: expect.stringContaining("PORT") });
    } finally {
      squatter.close();
    }
  }, 60_000);

  it("doctor finds a secret that does not open the stored keys", async () => {
    const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Secret Org");
    await cliJson(env, "keys", "create", "--org", org.id, "--desc", "sealed", "--role", "ORG_READ_ONLY");
    const res = await cli({ ...env, AM_SECRET: "a-rotated-secret-value" }, "doctor");
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("keys were sealed with another AM_SECRET");
  }, 60_000);

  it.runIf(_name === "sqlite")("backup and restore round-trip", async () => {
    const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Before Backup");
    const file = join(tmpdir(), `am-cli-backup-${process.pid}-${Date.now()}.db`);
    try {
      expect(await cliJson(env, "backup", "--out", file)).toMatchObject({ backup: file });
      expectUsageError(await cli(env, "backup", "--out", file), /exists; choose a new file name/);
      const later = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "After Backup");
      expect(await cliJson(env, "restore", "--from", file)).toMatchObject({ from: file });
      const ids = (await cliJson<{ results: { id: string }[] }>(env, "orgs", "list")).results.map((o) => o.id);
      expect(ids).toContain(org.id);
      expect(ids).not.toContain(later.id);
    } finally {
      rmSync(file, { force: true });
    }
  }, 120_000);

  it.runIf(_name === "postgres")("backup and restore say to use pg_dump and pg_restore, exit 2", async () => {
    expectUsageError(await cli(env, "backup", "--out", "/tmp/never-written.db"), /on PostgreSQL use pg_dump and pg_restore/);
    expectUsageError(await cli(env, "restore", "--from", "/tmp/never-read.db"), /on PostgreSQL use pg_dump and pg_restore/);
  }, 30_000);
});
