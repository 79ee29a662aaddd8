// `service-accounts list --org ID` as a real process, on SQLite and on
// PostgreSQL: one JSON document with each account's roles, masked secrets,
// projects and access list, never a secret's value; usage errors exit 2 with
// one line on stderr, a store it cannot open exits 1.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { operatorActor } from "../../server/domain/events.ts";
import { insertNewAccount } from "../../server/domain/service-accounts.ts";
import { cliTargets, type CliTarget } from "../support/cli-targets.ts";
import { cli, cliJson } from "../support/ops-process.ts";

const SECRET = "cli-service-accounts-test-secret";
const targets = cliTargets("am-cli-sa-", SECRET);

function expectExit(res: { code: number | null; stdout: string; stderr: string }, code: number, pattern: RegExp): void {
  expect(res.code).toBe(code);
  expect(res.stdout).toBe("");
  expect(res.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(res.stderr).toMatch(pattern);
}

it("service-accounts list --help shows its usage and exits 0", async () => {
  const help = await cli({}, "service-accounts", "list", "--help");
  expect(help.code).toBe(0);
  expect(help.stdout.trim().split("\n")[0]).toBe("npm run --silent cli -- service-accounts list --org ORG_ID");
  expect((await cli({}, "--help")).stdout).toContain("cli -- service-accounts list");
}, 30_000);

describe.each(targets)("service-accounts list on %s", (_name, make) => {
  let target: CliTarget;
  beforeAll(async () => {
    target = await make();
  });
  afterAll(() => target.dispose());

  it("prints every account of the org as one JSON document, with projects and access list, never a secret", async () => {
    const { env } = target;
    const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Accounts Org");
    const other = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Other Org");
    const project = await cliJson<{ id: string }>(env, "projects", "create", "--org", org.id, "--name", "Deployments");
    expect(await cliJson(env, "service-accounts", "list", "--org", org.id)).toEqual({ results: [], totalCount: 0 });

    const store = await target.open();
    const deps = { store, crypto: nodeCrypto(SECRET), now: () => new Date() };
    const actor = operatorActor("test");
    const deployer = await insertNewAccount(deps, actor, {
      orgId: org.id, name: "Deployer", description: "Deploys", orgRoles: ["ORG_MEMBER"], hours: 24, project: { groupId: project.id, roles: ["GROUP_OWNER"] },
    });
    const reader = await insertNewAccount(deps, actor, { orgId: org.id, name: "Reader", description: "Reads", orgRoles: ["ORG_READ_ONLY"], hours: 48 });
    const elsewhere = await insertNewAccount(deps, actor, { orgId: other.id, name: "Elsewhere", description: "Not this org", orgRoles: ["ORG_MEMBER"], hours: 8 });
    await store.insertSaAccessEntry({ clientId: deployer.clientId, cidrBlock: "192.0.2.0/24", ipAddress: null, created: new Date(), lastUsed: null, lastUsedAddress: null, count: 0 });
    await store.close();
    const plain = [deployer, reader, elsewhere].map((account) => account.secrets[0]?.secret ?? "");
    expect(plain.every((secret) => secret.startsWith("mdb_sa_sk_"))).toBe(true);

    const res = await cli(env, "service-accounts", "list", "--org", org.id);
    expect(res.code).toBe(0);
    expect(res.stdout.trim().split("\n")).toHaveLength(1);
    const listed = JSON.parse(res.stdout) as { totalCount: number; results: { clientId: string; name: string }[] };
    expect(listed.totalCount).toBe(2);
    const byName = Object.fromEntries(listed.results.map((account) => [account.name, account]));
    expect(byName.Deployer).toMatchObject({
      clientId: deployer.clientId,
      roles: ["ORG_MEMBER"],
      secrets: [{ id: deployer.secrets[0]?.id, maskedSecretValue: expect.stringMatching(new RegExp(`${plain[0]?.slice(-4)}$`)) }],
      groups: [{ groupId: project.id, roles: ["GROUP_OWNER"] }],
      accessList: [{ cidrBlock: "192.0.2.0/24", requestCount: 0 }],
    });
    expect(byName.Reader).toMatchObject({ clientId: reader.clientId, roles: ["ORG_READ_ONLY"], groups: [], accessList: [] });
    expect(res.stdout).not.toContain(elsewhere.clientId);
    for (const secret of plain) expect(res.stdout).not.toContain(secret);
    expect(res.stdout).not.toMatch(/"secret"|hash/i);
  }, 120_000);

  it("refuses a missing, malformed or unknown --org with exit 2, and a store it cannot open with exit 1", async () => {
    const { env } = target;
    expectExit(await cli(env, "service-accounts", "list"), 2, /--org is required/);
    expectExit(await cli(env, "service-accounts", "list", "--org", "nope"), 2, /--org must be a 24-character hexadecimal id/);
    expectExit(await cli(env, "service-accounts", "list", "--org", "0".repeat(24)), 2, /no organization/);
    expectExit(await cli(env, "service-accounts", "list", "--org", "0".repeat(24), "--orgs", "x"), 2, /orgs/);
    const notADir = join(tmpdir(), `am-cli-sa-file-${process.pid}`);
    writeFileSync(notADir, "");
    try {
      const broken = await cli({ DATA_DIR: notADir, DATABASE_URL: "", AM_SECRET: SECRET }, "service-accounts", "list", "--org", "0".repeat(24));
      expectExit(broken, 1, /DATA_DIR .* is not a directory/);
    } finally {
      rmSync(notADir, { force: true });
    }
  }, 120_000);
});
