// Two server processes on one fresh PostgreSQL database with one AM_SECRET,
// the first of which migrated and seeded it, as behind a load balancer.
import { randomBytes } from "node:crypto";
import { startServerProcess, type ProcessEnv, type ServerProcess } from "../../bench/server-process.ts";
import { freshTestDatabase } from "./pg-admin.ts";

export interface TwoInstances {
  a: ServerProcess;
  b: ServerProcess;
  /** The environment both run with, for the CLI. */
  env: ProcessEnv;
  stop(): Promise<void>;
}

export async function startTwoInstances(databaseUrl: string, admin: { email: string; password: string }, prefix: string): Promise<TwoInstances> {
  const database = await freshTestDatabase(databaseUrl, prefix);
  const env = {
    DATABASE_URL: database.url,
    AM_SECRET: randomBytes(24).toString("base64"),
    AM_ADMIN_EMAIL: admin.email,
    AM_ADMIN_PASSWORD: admin.password,
    LOG_REQUESTS: "0",
  };
  const started: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((s) => s.stop()));
    await database.drop();
  };
  try {
    // One after the other: the first start migrates and seeds the empty database.
    for (let i = 0; i < 2; i++) started.push(await startServerProcess(env));
  } catch (e) {
    await stop();
    throw e;
  }
  const [a, b] = started as [ServerProcess, ServerProcess];
  return { a, b, env, stop };
}

/** The id of the org the first start seeded, read from the owner's sign-in. */
export async function seededOrgId(base: string, admin: { email: string; password: string }): Promise<string> {
  const login = await fetch(`${base}/api/private/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(admin),
  });
  const orgId = ((await login.json()) as { orgRoles: { orgId: string }[] }).orgRoles[0]?.orgId ?? "";
  if (!/^[0-9a-f]{24}$/.test(orgId)) throw new Error(`the seeded owner's sign-in named no org (${login.status})`);
  return orgId;
}
