// A real HTTP server around createApp for API tests, with a demo org, users of
// each role, and small clients that sign in and keep their cookie and CSRF token.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApp, type LogLine } from "../../server/app.ts";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { clientAddressResolver } from "../../server/auth/client-address.ts";
import { bearerAuthenticator } from "../../server/auth/bearer.ts";
import { digestAuthenticator } from "../../server/auth/digest.ts";
import type { ReplayGuard } from "../../server/auth/replay-guard.ts";
import { UsageTracker } from "../../server/auth/usage-tracker.ts";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { createOrg, createProject, createUser } from "../../server/domain/admin.ts";
import type { Deps } from "../../server/domain/deps.ts";
import type { RateLimitOptions } from "../../server/http/rate-limit.ts";
import type { Mailer } from "../../server/mail/mailer.ts";
import type { Store } from "../../server/store/types.ts";
import { MEDIA_TYPE } from "../../contract/limits.ts";

export const TEST_SECRET = "test-secret-for-api-suite";
export const PASSWORD = "correct-horse-battery";

export interface World {
  orgId: string;
  otherOrgId: string;
  groupA: string;
  groupB: string;
  otherGroup: string;
  users: Record<"owner" | "readOnly" | "member" | "groupOwner" | "groupReader" | "otherOwner", string>;
}

export async function buildWorld(deps: Deps): Promise<World> {
  const org = await createOrg(deps, "Acme");
  const other = await createOrg(deps, "Other Corp");
  const a = await createProject(deps, org.id, "Alpha");
  const b = await createProject(deps, org.id, "Beta");
  const o = await createProject(deps, other.id, "Elsewhere");
  const user = async (email: string, orgId: string, orgRole: string, project?: { groupId: string; role: string }) =>
    (await createUser(deps, { email, password: PASSWORD, orgId, orgRole, project })).email;
  return {
    orgId: org.id,
    otherOrgId: other.id,
    groupA: a.id,
    groupB: b.id,
    otherGroup: o.id,
    users: {
      owner: await user("owner@acme.test", org.id, "ORG_OWNER"),
      readOnly: await user("reader@acme.test", org.id, "ORG_READ_ONLY"),
      member: await user("member@acme.test", org.id, "ORG_MEMBER"),
      groupOwner: await user("alpha-owner@acme.test", org.id, "ORG_MEMBER", { groupId: a.id, role: "GROUP_OWNER" }),
      groupReader: await user("alpha-reader@acme.test", org.id, "ORG_MEMBER", { groupId: a.id, role: "GROUP_READ_ONLY" }),
      otherOwner: await user("owner@other.test", other.id, "ORG_OWNER"),
    },
  };
}

export interface TestServer {
  base: string;
  deps: Deps;
  logs: LogLine[];
  /** Writes coalesced usage now (the server does it every few seconds). */
  usage: UsageTracker;
  close(): Promise<void>;
}

export interface ServerOptions {
  now?: () => Date;
  trustProxy?: string[];
  throttle?: AuthThrottle;
  keyThrottle?: AuthThrottle;
  replays?: ReplayGuard;
  host?: string;
  secret?: string;
  rateLimit?: RateLimitOptions;
  bearerThrottle?: AuthThrottle;
  oauthThrottle?: AuthThrottle;
  oauthClientThrottle?: AuthThrottle;
  mailer?: Mailer;
  publicUrl?: string;
}

export async function startServer(store: Store, options: ServerOptions = {}): Promise<TestServer> {
  const secret = options.secret ?? TEST_SECRET;
  const crypto = nodeCrypto(secret);
  const deps: Deps = { store, crypto, now: options.now ?? (() => new Date()) };
  const logs: LogLine[] = [];
  const usage = new UsageTracker(store);
  const keyAuth = digestAuthenticator({ ...deps, secret, openKeySecret: crypto.openKeySecret, usage, throttle: options.throttle, keyThrottle: options.keyThrottle, replays: options.replays });
  const bearerAuth = bearerAuthenticator({ ...deps, keyedHash: crypto.keyedHashSync, usage, throttle: options.bearerThrottle });
  const oauth = { throttle: options.oauthThrottle, clientThrottle: options.oauthClientThrottle };
  const app = createApp({ ...deps, keyAuth, bearerAuth, oauth, clientAddress: clientAddressResolver(options.trustProxy ?? []), log: (l) => logs.push(l), rateLimit: options.rateLimit, mailer: options.mailer, publicUrl: options.publicUrl });
  const host = options.host ?? "127.0.0.1";
  const server = serve({ fetch: app.fetch, hostname: host, port: 0 });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    deps,
    logs,
    usage,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      await usage.stop();
    },
  };
}

export interface Client {
  csrf: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
}

/** Signs in through /api/private/login and calls /api/atlas/v2 with the session. */
export async function signIn(base: string, email: string, password = PASSWORD): Promise<Client> {
  const res = await fetch(`${base}/api/private/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me = (await res.json()) as { csrfToken: string };
  return {
    csrf: me.csrfToken,
    async call(method, path, body, headers = {}) {
      const r = await fetch(`${base}/api/atlas/v2${path}`, {
        method,
        headers: {
          Cookie: cookie,
          Accept: MEDIA_TYPE,
          "X-CSRF-Token": me.csrfToken,
          ...(body === undefined ? {} : { "Content-Type": MEDIA_TYPE }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await r.text();
      return { status: r.status, headers: r.headers, body: text ? JSON.parse(text) : undefined };
    },
  };
}
