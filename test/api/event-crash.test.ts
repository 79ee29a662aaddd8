// kill -9 the real server during a burst of changes, start it again: every
// change the server confirmed has its event, and no event lacks its change.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServerProcess, type ProcessEnv, type ServerProcess } from "../../bench/server-process.ts";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { freshTestDatabase } from "../support/pg-admin.ts";

const ADMIN = { email: "owner@crash.test", password: "crash-test-password" };

async function session(base: string) {
  const res = await fetch(`${base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(ADMIN) });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me = (await res.json()) as { csrfToken: string; orgRoles: { orgId: string }[] };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}/api/atlas/v2${path}`, {
      method,
      headers: { Cookie: cookie, Accept: MEDIA_TYPE, "X-CSRF-Token": me.csrfToken, ...(body ? { "Content-Type": MEDIA_TYPE } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, body: (await r.json().catch(() => undefined)) as any };
  };
  return { call, orgId: me.orgRoles[0]?.orgId ?? "" };
}

interface Target { name: string; env(): Promise<{ env: ProcessEnv; dispose(): Promise<void> }> }

const targets: Target[] = [{
  name: "sqlite",
  async env() {
    const dir = mkdtempSync(join(tmpdir(), "am-crash-"));
    return { env: { DATA_DIR: dir, DATABASE_URL: "" }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
}];
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  targets.push({
    name: "postgres",
    async env() {
      const db = await freshTestDatabase(databaseUrl, "am_crash");
      return { env: { DATABASE_URL: db.url }, dispose: db.drop };
    },
  });
}

describe.each(targets)("events survive a crash [$name]", (target) => {
  it("keeps every confirmed change with its event and no event without its change", async () => {
    const { env: base, dispose } = await target.env();
    const env = { ...base, AM_SECRET: randomBytes(24).toString("base64"), AM_ADMIN_EMAIL: ADMIN.email, AM_ADMIN_PASSWORD: ADMIN.password, LOG_REQUESTS: "0" };
    let server: ServerProcess | undefined;
    try {
      server = await startServerProcess(env);
      const s = await session(server.base);
      const confirmed: { id: string; desc: string }[] = [];
      let stop = false;
      // Four writers create keys and rename them until the process dies under them.
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          try {
            const created = await s.call("POST", `/orgs/${s.orgId}/apiKeys`, { desc: `w${w} k${i}`, roles: ["ORG_MEMBER"] });
            if (created.status !== 200) continue;
            confirmed.push({ id: created.body.id, desc: `w${w} k${i}` });
            const renamed = await s.call("PATCH", `/orgs/${s.orgId}/apiKeys/${created.body.id}`, { desc: `w${w} k${i} renamed` });
            if (renamed.status === 200) confirmed.push({ id: created.body.id, desc: `w${w} k${i} renamed` });
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      // Killed mid-write once a few changes are confirmed: a loaded machine makes
      // fewer in a fixed time (4 in 1.5 s on PostgreSQL once, which proves little).
      const started = Date.now();
      while (confirmed.length < 12 && Date.now() - started < 20_000) await new Promise((ok) => setTimeout(ok, 50));
      await server.stop("SIGKILL");
      stop = true;
      await Promise.all(writers);
      expect(confirmed.length).toBeGreaterThan(4);

      server = await startServerProcess(env);
      const after = await session(server.base);
      // Every page: a quiet machine makes hundreds of changes in the 1.5 s.
      const all = async <T>(path: string): Promise<T[]> => {
        const rows: T[] = [];
        for (let page = 1; ; page++) {
          const results = (await after.call("GET", `${path}?itemsPerPage=500&pageNum=${page}`)).body.results as T[];
          rows.push(...results);
          if (results.length < 500) return rows;
        }
      };
      const keys = await all<{ id: string; desc: string }>(`/orgs/${after.orgId}/apiKeys`);
      const events = await all<{ eventTypeName: string; targetApiKeyId?: string; newDesc?: string }>(`/orgs/${after.orgId}/events`);
      const created = events.filter((e) => e.eventTypeName === "API_KEY_CREATED");
      const renamed = events.filter((e) => e.eventTypeName === "API_KEY_DESCRIPTION_CHANGED");
      // Every stored key has exactly one creation event, and every creation event its key.
      expect(created.map((e) => e.targetApiKeyId).sort()).toEqual(keys.map((k) => k.id).sort());
      // A stored rename has its event; an event's rename is stored.
      for (const k of keys) {
        const renames = renamed.filter((e) => e.targetApiKeyId === k.id);
        expect(renames.map((e) => e.newDesc)).toEqual(k.desc.endsWith("renamed") ? [k.desc] : []);
      }
      // What the server confirmed before it died was committed.
      for (const c of confirmed) expect(keys.find((k) => k.id === c.id)?.desc.startsWith(c.desc.replace(/ renamed$/, ""))).toBe(true);
      for (const c of confirmed.filter((x) => x.desc.endsWith("renamed"))) expect(keys.find((k) => k.id === c.id)?.desc).toBe(c.desc);
    } finally {
      await server?.stop();
      await dispose();
    }
  }, 90_000);
});
