// Secrets at rest and in logs: run the real server process, create and use
// keys (console and CLI), stop it, then look for every private key and its HA1
// values in the raw database files (or every PostgreSQL row) and in the log.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startServerProcess, type ProcessEnv } from "../../bench/server-process.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { signIn } from "../support/server.ts";

const ADMIN = { email: "owner@secrets.test", password: "secrets-test-password" };
const REALM = "MMS Public API";
const databaseUrl = process.env.DATABASE_URL;

interface Key {
  id: string;
  publicKey: string;
  privateKey: string;
  desc: string;
}

interface Backend {
  name: string;
  env: ProcessEnv;
  /** Everything the database holds, as raw bytes. */
  dump(): Promise<Buffer[]>;
  dispose(): Promise<void>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function sqliteBackend(dataDir: string): Promise<Backend> {
  return {
    name: "sqlite",
    env: { DATABASE_URL: undefined, AM_SECRET: undefined },
    // The .db file and whatever -wal and -shm files the shutdown left behind.
    dump: async () => filesUnder(dataDir).map((f) => readFileSync(f)),
    dispose: async () => {},
  };
}

async function postgresBackend(base: string): Promise<Backend> {
  const database = `am_sec_${randomBytes(6).toString("hex")}`;
  await withAdmin(base, (c) => c.query(`CREATE DATABASE ${database}`));
  const url = new URL(base);
  url.pathname = `/${database}`;
  return {
    name: "postgres",
    env: { DATABASE_URL: url.toString(), AM_SECRET: randomBytes(24).toString("base64") },
    dump: () =>
      withAdmin(url.toString(), async (c) => {
        const tables = await c.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        );
        const rows: Buffer[] = [];
        for (const { table_name } of tables.rows) {
          const result = await c.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" t`);
          rows.push(...result.rows.map((r) => Buffer.from(`${table_name} ${r.row}`)));
        }
        return rows;
      }),
    dispose: async () => {
      await withAdmin(base, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

/** Every form in which a private key could leak: itself, and its HA1 values as hex and raw bytes. */
function secretForms(key: Key): Buffer[] {
  return (["md5", "sha256"] as const).flatMap((algorithm) => {
    const digest = createHash(algorithm).update(`${key.publicKey}:${REALM}:${key.privateKey}`).digest();
    const hex = digest.toString("hex");
    return [Buffer.from(hex), Buffer.from(hex.toUpperCase()), digest];
  }).concat([Buffer.from(key.privateKey), Buffer.from(key.privateKey.replaceAll("-", ""))]);
}

const found = (haystacks: Buffer[], needle: Buffer) => haystacks.some((h) => h.includes(needle));

const backends: { name: string; open(dataDir: string): Promise<Backend> }[] = [{ name: "sqlite", open: sqliteBackend }];
if (databaseUrl) backends.push({ name: "postgres", open: () => postgresBackend(databaseUrl) });

describe.each(backends)("no secret at rest or in the log [$name]", (backendCase) => {
  const dataDir = mkdtempSync(join(tmpdir(), "am-secrets-"));
  const keys: Key[] = [];
  const sentHeaders: string[] = [];
  const errorBodies: string[] = [];
  let backend: Backend;
  let log = "";
  let orgId = "";
  const stored: Buffer[] = [];

  beforeAll(async () => {
    backend = await backendCase.open(dataDir);
    const env: ProcessEnv = { ...backend.env, DATA_DIR: dataDir, AM_ADMIN_EMAIL: ADMIN.email, AM_ADMIN_PASSWORD: ADMIN.password, LOG_REQUESTS: "1" };
    const server = await startServerProcess(env);
    try {
      const owner = await signIn(server.base, ADMIN.email, ADMIN.password);
      orgId = (await owner.call("GET", "/orgs")).body.results[0].id;
      for (const [desc, role] of [["console owner key", "ORG_OWNER"], ["console reader key", "ORG_READ_ONLY"], ["console member key", "ORG_MEMBER"]]) {
        const res = await owner.call("POST", `/orgs/${orgId}/apiKeys`, { desc, roles: [role] });
        expect(res.status).toBe(200);
        keys.push(res.body as Key);
      }
      const fromCli = await runCli(["keys", "create", "--org", orgId, "--desc", "cli owner key", "--role", "ORG_OWNER"], env);
      keys.push(JSON.parse(fromCli) as Key);
      // An access list entry on one key, so usage tracking writes its entry row too.
      const first = keys[0] as Key;
      expect((await owner.call("POST", `/orgs/${orgId}/apiKeys/${first.id}/accessList`, [{ ipAddress: "127.0.0.1" }])).status).toBe(200);

      const list = `/api/atlas/v2/orgs/${orgId}/apiKeys`;
      for (const key of keys) {
        for (const algorithm of ["MD5", "SHA-256"] as const) {
          const { nonce } = await fetchNonce(`${server.base}${list}`);
          const header = authorization({ method: "GET", uri: list, nonce, ...key, algorithm });
          sentHeaders.push(header);
          expect((await fetch(`${server.base}${list}`, { headers: { Authorization: header } })).status).toBe(200);
        }
        expect((await signedFetch(server.base, `/api/atlas/v2/orgs/${orgId}/apiKeys/${key.id}`, key)).status).toBe(200);
        // A wrong password, and a well-formed header whose response is plausible but wrong.
        const wrong = await signedFetch(server.base, list, { ...key, privateKey: key.privateKey.replace(/.$/, (c) => (c === "0" ? "1" : "0")) });
        expect(wrong.status).toBe(401);
        errorBodies.push(JSON.stringify(wrong.body));
        const { nonce } = await fetchNonce(`${server.base}${list}`);
        const forged = authorization({ method: "GET", uri: list, nonce, ...key }).replace(/response="[0-9a-f]+"/, `response="${randomBytes(16).toString("hex")}"`);
        sentHeaders.push(forged);
        const refused = await fetch(`${server.base}${list}`, { headers: { Authorization: forged } });
        expect(refused.status).toBe(401);
        errorBodies.push(await refused.text());
      }
      // A key that creates a key: its private key must not be kept either.
      const made = await signedFetch(server.base, list, keys[0] as Key, {
        method: "POST",
        body: { desc: "made by a key", roles: ["ORG_READ_ONLY"] },
      });
      expect(made.status).toBe(200);
      keys.push(made.body as Key);
      // While it runs too: SQLite's -wal and -shm files exist only until a clean shutdown.
      stored.push(...(await backend.dump()));
    } finally {
      expect(await server.stop("SIGTERM")).toBe(0);
      log = server.output();
    }
    stored.push(...(await backend.dump()));
  }, 120_000);

  afterAll(async () => {
    await backend?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it("finds what is meant to be stored and logged (the scan can fail)", () => {
    expect(keys).toHaveLength(5);
    expect(stored.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(found(stored, Buffer.from(key.publicKey)), key.publicKey).toBe(true);
      expect(found(stored, Buffer.from(key.desc)), key.desc).toBe(true);
    }
    expect(log).toContain(`/api/atlas/v2/orgs/${orgId}/apiKeys`);
    expect(log).toMatch(/"status":401/);
  });

  it("stores no private key and no HA1, in any form", () => {
    for (const key of keys) {
      for (const form of secretForms(key)) expect(found(stored, form), `${key.desc}: ${form.toString("hex")}`).toBe(false);
    }
  });

  it("logs no private key, no HA1 and no Authorization header", () => {
    const logged = [Buffer.from(log)];
    for (const key of keys) {
      for (const form of secretForms(key)) expect(found(logged, form), key.desc).toBe(false);
    }
    expect(sentHeaders.length).toBeGreaterThan(0);
    for (const header of sentHeaders) {
      expect(log).not.toContain(header);
      expect(log).not.toContain(/response="([0-9a-f]+)"/.exec(header)?.[1] ?? "no response");
      expect(log).not.toContain(/cnonce="([0-9a-f]+)"/.exec(header)?.[1] ?? "no cnonce");
    }
    expect(log).not.toMatch(/Digest\s+username=/i);
  });

  it("puts no private key in error bodies", () => {
    expect(errorBodies.length).toBeGreaterThan(0);
    for (const key of keys) {
      for (const form of secretForms(key)) expect(found(errorBodies.map((b) => Buffer.from(b)), form)).toBe(false);
    }
  });
});
