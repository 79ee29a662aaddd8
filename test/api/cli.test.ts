// The operator CLI, run as a real process against a temp SQLite directory.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "am-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "node",
      ["--import", "tsx", "server/cli.ts", ...args],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", AM_SECRET: "cli-test-secret" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("operator CLI", () => {
  it("creates an org, a project, a user and a key, each as one JSON document", async () => {
    const org = await cli("orgs", "create", "--name", "Ops Org");
    expect(org.code).toBe(0);
    const orgDoc = JSON.parse(org.stdout);
    expect(orgDoc).toEqual({ id: expect.stringMatching(/^[a-f0-9]{24}$/), name: "Ops Org" });

    const project = JSON.parse((await cli("projects", "create", "--org", orgDoc.id, "--name", "Ops Project")).stdout);
    expect(project).toEqual({ id: expect.stringMatching(/^[a-f0-9]{24}$/), name: "Ops Project", orgId: orgDoc.id });

    const user = await cli(
      "users", "create", "--email", "Ops@Example.test", "--password", "pw-0123456", "--org", orgDoc.id,
      "--role", "ORG_MEMBER", "--project", project.id, "--project-role", "GROUP_OWNER",
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout).email).toBe("ops@example.test");

    const key = await cli("keys", "create", "--org", orgDoc.id, "--desc", "deploy bot", "--role", "ORG_READ_ONLY", "--role", "ORG_BILLING_ADMIN");
    expect(key.code).toBe(0);
    const keyDoc = JSON.parse(key.stdout);
    expect(key.stdout.trim().split("\n")).toHaveLength(1);
    expect(keyDoc.privateKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keyDoc.roles.map((r: { roleName: string }) => r.roleName)).toEqual(["ORG_READ_ONLY", "ORG_BILLING_ADMIN"]);
  }, 60_000);

  it.each([
    [["orgs", "create"]],
    [["orgs", "create", "--name"]],
    [["orgs", "create", "--nom", "x"]],
    [["projects", "create", "--org", "nope", "--name", "x"]],
    [["keys", "create", "--org", "0".repeat(24), "--desc", "x", "--role", "ORG_GOD"]],
    [["keys", "create", "--org", "0".repeat(24), "--desc", "x"]],
    [["users", "create", "--email", "a@b.c", "--password", "p", "--org", "0".repeat(24), "--role", "ORG_OWNER", "--project", "0".repeat(24)]],
    [["frobnicate"]],
  ])("rejects %j with one line on stderr and exit code 2", async (args) => {
    const res = await cli(...args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
  }, 30_000);
});
