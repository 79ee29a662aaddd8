// Details of service-account authentication that each need a server of their
// own (made inside the test): the delays of both throttles, the OAuth client
// throttle per address and client ID, the Basic and Content-Type spellings
// accepted, expiry at the exact instant, a token's kept state (SQLite), its
// use counted, rows gone between reads, and the OAuth answers when the store
// fails. The throttles and routes a server builds are its own here, so each
// test also checks what the server makes when it starts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SA_LIMITS } from "../../contract/service-accounts.ts";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { ApiError } from "../../server/http/api-error.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { openStore } from "../../server/store/open-store.ts";
import { MissingReference, UniqueViolation, type Store } from "../../server/store/types.ts";
import { faultyStore, type Faults } from "../support/faulty-store.ts";
import { basic, bearer, createAccount, mintToken, rawToken, saCalls } from "../support/sa-client.ts";
import { buildWorld, signIn, startServer, type ServerOptions, type TestServer } from "../support/server.ts";

const servers: TestServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function setup(options: ServerOptions = {}, store: Store = new MemoryStore()) {
  const server = await startServer(store, { trustProxy: ["127.0.0.1/32"], ...options });
  servers.push(server);
  const world = await buildWorld(server.deps);
  const owner = await signIn(server.base, world.users.owner);
  const account = await createAccount(owner, world.orgId);
  return { server, world, owner, account, path: `/orgs/${world.orgId}/serviceAccounts/${account.clientId}` };
}

const form = { "Content-Type": "application/x-www-form-urlencoded" };
const post = (base: string, endpoint: string, headers: Record<string, string>, body = "grant_type=client_credentials") =>
  fetch(`${base}/api/oauth/${endpoint}`, { method: "POST", headers: { ...form, ...headers }, body });

describe("the OAuth endpoints", () => {
  it("work with the throttles and routes the server makes itself: a token, its use, its revocation", async () => {
    const { server, world, account } = await setup();
    const token = await mintToken(server.base, account);
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(200);
    const revoked = await post(server.base, "revoke", { Authorization: basic(account.clientId, account.secret) }, `token=${token}`);
    expect(revoked.status).toBe(200);
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(401);
    // A well-formed token that does not exist is no error (RFC 7009), and nothing changes.
    const unknown = await post(server.base, "revoke", { Authorization: basic(account.clientId, account.secret) }, `token=mdb_sa_at_${"b".repeat(43)}`);
    expect(unknown.status).toBe(200);
  });

  it("refuses a client that keeps failing from one address with slow_down, not its other clients nor other addresses", async () => {
    const { server, owner, world, account } = await setup({ oauthClientThrottle: new AuthThrottle(60_000, 5, 2) });
    const other = await createAccount(owner, world.orgId, { name: "Other bot" });
    const from = { "X-Forwarded-For": "198.51.100.30" };
    const wrong = basic(account.clientId, `mdb_sa_sk_${"w".repeat(43)}`);
    for (let i = 0; i < 2; i++) expect((await post(server.base, "token", { Authorization: wrong, ...from })).status).toBe(401);
    const blocked = await post(server.base, "token", { Authorization: basic(account.clientId, account.secret), ...from });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await blocked.json()).toEqual({ error: "slow_down", error_description: "Too many failed client authentications from this address." });
    expect((await post(server.base, "token", { Authorization: basic(other.clientId, other.secret), ...from })).status).toBe(200);
    expect((await post(server.base, "token", { Authorization: basic(account.clientId, account.secret), "X-Forwarded-For": "198.51.100.31" })).status).toBe(200);
  });

  it("counts a client ID of the wrong shape against the address only, even with a secret of the right shape", async () => {
    const { server, account } = await setup({ oauthClientThrottle: new AuthThrottle(60_000, 5, 2) });
    const malformed = basic("not-a-client-id", account.secret);
    for (let i = 0; i < 4; i++) expect((await post(server.base, "token", { Authorization: malformed })).status).toBe(401);
  });

  it("answers a failed client authentication past the free ones only after the client throttle's delay", async () => {
    const { server, account } = await setup({ oauthClientThrottle: new AuthThrottle(60_000, 0, 100, 100_000, 300) });
    const started = performance.now();
    expect((await post(server.base, "token", { Authorization: basic(account.clientId, `mdb_sa_sk_${"w".repeat(43)}`) })).status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("reads Basic credentials after any spaces, and refuses other spellings around them", async () => {
    const { server, account } = await setup();
    const encoded = basic(account.clientId, account.secret).slice("Basic ".length);
    expect((await post(server.base, "token", { Authorization: `Basic   ${encoded}` })).status).toBe(200);
    for (const header of [`XBasic ${encoded}`, `Basic ${encoded}!`, "Basic a"]) {
      const res = await post(server.base, "token", { Authorization: header });
      expect({ header, status: res.status, body: await res.json() }).toEqual({ header, status: 401, body: { error: "invalid_client", error_description: "Client authentication failed." } });
    }
  });

  it("takes a form only as application/x-www-form-urlencoded, not a type that merely contains it", async () => {
    const { server, account } = await setup();
    const res = await post(server.base, "token", { Authorization: basic(account.clientId, account.secret), "Content-Type": "text/application/x-www-form-urlencoded" });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("invalid_request");
  });

  it("refuses a secret at the very instant it expires", async () => {
    let now = Date.now();
    const { server, account } = await setup({ now: () => new Date(now) });
    now += 24 * 3_600_000 - 1;
    expect((await rawToken(server.base, basic(account.clientId, account.secret))).status).toBe(200);
    now += 1;
    expect((await rawToken(server.base, basic(account.clientId, account.secret))).status).toBe(401);
  });

  it("does not count a secret that expires at this very instant as live toward the two-secret cap", async () => {
    let now = Date.now();
    const { owner, path } = await setup({ now: () => new Date(now) });
    const sa = saCalls(owner);
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(201);
    now += 8 * 3_600_000 - 1;
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(400);
    now += 1;
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(201);
  });

  it("answers invalid_client when the secret is deleted between its check and the token's write", async () => {
    const faults: Faults = {};
    const { server, account } = await setup({}, faultyStore(new MemoryStore(), faults));
    faults.insertSaToken = () => {
      throw new MissingReference("sa_secrets");
    };
    const res = await rawToken(server.base, basic(account.clientId, account.secret));
    expect(res.status).toBe(401);
    expect(res.body.error).toBe("invalid_client");
  });

  it("answers in RFC 6749's shape when the store fails: unavailable, an error of ours, anything else", async () => {
    const faults: Faults = {};
    const { server, account } = await setup({}, faultyStore(new MemoryStore(), faults));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const cases: [() => unknown, number, object][] = [
      [() => { throw new ApiError(503, "SERVICE_UNAVAILABLE", "The database is not answering."); }, 503, { error: "temporarily_unavailable", error_description: "The database is not answering." }],
      [() => { throw new ApiError(500, "UNEXPECTED_ERROR", "Something broke."); }, 500, { error: "server_error", error_description: "Something broke." }],
      [() => { throw new Error("boom"); }, 500, { error: "server_error", error_description: "An unexpected error occurred." }],
    ];
    for (const [fault, status, body] of cases) {
      faults.getServiceAccount = fault;
      const res = await post(server.base, "token", { Authorization: basic(account.clientId, account.secret) });
      expect({ status: res.status, body: await res.json(), cache: res.headers.get("cache-control") }).toEqual({ status, body, cache: "no-store" });
    }
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it("answers a body over the limit with invalid_request, its status, and no caching", async () => {
    const { server, account } = await setup();
    const res = await post(server.base, "token", { Authorization: basic(account.clientId, account.secret) }, `grant_type=client_credentials&pad=${"x".repeat(5_000)}`);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe("invalid_request");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("a service account's access list when its insert fails", () => {
  it("answers 409 when the entry turns out to be listed, 404 when the account is gone, 500 for anything else, writing nothing", async () => {
    const faults: Faults = {};
    const { owner, path, account } = await setup({}, faultyStore(new MemoryStore(), faults));
    const sa = saCalls(owner);
    faults.insertSaAccessEntry = () => {
      throw new UniqueViolation("sa_access_list");
    };
    const listed = await sa("POST", `${path}/accessList`, [{ cidrBlock: "192.0.2.0/24" }]);
    expect(listed.status).toBe(409);
    expect(listed.body).toMatchObject({ errorCode: "ADDRESS_ALREADY_IN_ACCESS_LIST", parameters: ["192.0.2.0/24"] });
    faults.insertSaAccessEntry = () => {
      throw new MissingReference("service_accounts");
    };
    const gone = await sa("POST", `${path}/accessList`, [{ cidrBlock: "192.0.2.0/24" }]);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ errorCode: "SERVICE_ACCOUNT_NOT_FOUND", parameters: [account.clientId] });
    // Any other failure is no missing account: it surfaces as the server error it is.
    faults.insertSaAccessEntry = () => {
      throw new Error("disk full");
    };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await sa("POST", `${path}/accessList`, [{ cidrBlock: "192.0.2.0/24" }])).status).toBe(500);
    expect(errors).toHaveBeenCalled();
    delete faults.insertSaAccessEntry;
    expect((await sa("GET", `${path}/accessList`)).body.results).toEqual([]);
  });
});

describe("Bearer tokens", () => {
  it("answers a failure past the free ones only after its delay", async () => {
    const { server, world } = await setup({ bearerThrottle: new AuthThrottle(60_000, 0, 100, 100_000, 300) });
    const started = performance.now();
    expect((await bearer(server.base, `mdb_sa_at_${"c".repeat(43)}`, "GET", `/orgs/${world.orgId}`)).status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("reads the token after any spaces", async () => {
    const { server, world, account } = await setup();
    const token = await mintToken(server.base, account);
    const res = await fetch(`${server.base}/api/atlas/v2/orgs/${world.orgId}`, { headers: { Authorization: `Bearer   ${token}`, Accept: "application/json" } });
    expect(res.status).toBe(200);
  });

  it("refuses a token at the very instant it expires", async () => {
    let now = Date.now();
    const { server, world, account } = await setup({ now: () => new Date(now) });
    const token = await mintToken(server.base, account);
    now += SA_LIMITS.tokenSeconds * 1000 - 1;
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(200);
    now += 1;
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(401);
  });

  it("admits a token's next requests from the state kept since its first (SQLite keeps it per generation)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "am-bearer-"));
    dirs.push(dataDir);
    const { server, world, account } = await setup({}, await openStore({ dataDir }));
    const token = await mintToken(server.base, account);
    for (let i = 0; i < 3; i++) expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(200);
  });

  it("counts each admitted request as the secret's use", async () => {
    const { server, world, owner, account, path } = await setup();
    const token = await mintToken(server.base, account);
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(200);
    await server.usage.flush();
    const { body } = await saCalls(owner)("GET", path);
    const secret = body.secrets.find((s: { id: string }) => s.id === account.secretId);
    expect(Date.parse(secret.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("counts a use against the most specific entry the caller came through", async () => {
    const { server, world, owner, account, path } = await setup();
    const sa = saCalls(owner);
    // The /24 inside the /21, added first: neither list order nor text order puts the /24 last.
    expect((await sa("POST", `${path}/accessList`, [{ cidrBlock: "10.1.10.0/24" }])).status).toBe(200);
    expect((await sa("POST", `${path}/accessList`, [{ cidrBlock: "10.1.8.0/21" }])).status).toBe(200);
    const token = await mintToken(server.base, account);
    const res = await fetch(`${server.base}/api/atlas/v2/orgs/${world.orgId}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "X-Forwarded-For": "10.1.10.5" } });
    expect(res.status).toBe(200);
    await server.usage.flush();
    const entries = (await sa("GET", `${path}/accessList`)).body.results as { cidrBlock: string; lastUsedAt?: string }[];
    expect(entries.filter((e) => e.lastUsedAt).map((e) => e.cidrBlock)).toEqual(["10.1.10.0/24"]);
  });

  it("refuses a token whose account or organization is gone between its reads with 401, not a 500", async () => {
    const faults: Faults = {};
    const { server, world, account } = await setup({}, faultyStore(new MemoryStore(), faults));
    const token = await mintToken(server.base, account);
    faults.getOrg = () => undefined;
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(401);
    delete faults.getOrg;
    faults.getServiceAccount = () => undefined;
    expect((await bearer(server.base, token, "GET", `/orgs/${world.orgId}`)).status).toBe(401);
  });
});
