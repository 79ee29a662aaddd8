// Each spec works in an organization of its own, made with the operator CLI on
// the e2e server's database, so specs never see each other's keys.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";

const run = promisify(execFile);
export const E2E_SECRET = "e2e-secret-0123456789abcdef";
export const PASSWORD = "correct-horse-battery";

export async function cli(...args: string[]): Promise<Record<string, unknown>> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  const { stdout } = await run("node", ["--import", "tsx", "server/cli.ts", ...args], {
    env: { ...process.env, DATA_DIR: dataDir, AM_SECRET: E2E_SECRET, DATABASE_URL: "" },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

export interface TestOrg {
  orgId: string;
  orgName: string;
  projects: { id: string; name: string }[];
  owner: string;
  reader: string;
}

/** An org with projects "Production" and "Staging", an owner and a read-only user. */
export async function newOrg(label: string): Promise<TestOrg> {
  const tag = randomBytes(3).toString("hex");
  const orgName = `${label} ${tag}`;
  const org = await cli("orgs", "create", "--name", orgName);
  const orgId = String(org.id);
  const projects = [];
  for (const name of ["Production", "Staging"]) {
    const p = await cli("projects", "create", "--org", orgId, "--name", name);
    projects.push({ id: String(p.id), name });
  }
  const owner = `owner-${tag}@e2e.test`;
  const reader = `reader-${tag}@e2e.test`;
  await cli("users", "create", "--email", owner, "--password", PASSWORD, "--org", orgId, "--role", "ORG_OWNER");
  await cli("users", "create", "--email", reader, "--password", PASSWORD, "--org", orgId, "--role", "ORG_READ_ONLY");
  return { orgId, orgName, projects, owner, reader };
}
