// The whole answer of each refusal the service-account, OAuth and activity-feed
// code makes: Atlas's error body (detail and parameters, which clients show and
// read) for /api/atlas/v2, RFC 6749's body and headers for /api/oauth, and the
// Bearer and access-list refusals with their challenge headers.
import { expect, it } from "vitest";
import { SA_LIMITS } from "../../contract/service-accounts.ts";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { TOKEN_VALUE } from "../../server/domain/sa-tokens.ts";
import { eachStore } from "../support/each-store.ts";
import { basic, bearer, mintToken, ownerAccount, rawToken, saCalls } from "../support/sa-client.ts";
import { signIn } from "../support/server.ts";

const UNKNOWN_CLIENT = "mdb_sa_id_0123456789abcdef01234567";


eachStore("error bodies of service accounts", (ctx) => {
  it("names an unknown account, and an account not assigned to the project asked about", async () => {
    const { sa, account } = await ownerAccount(ctx());
    const { orgId, groupA } = ctx().world;
    const unknown = await sa("GET", `/orgs/${orgId}/serviceAccounts/${UNKNOWN_CLIENT}/accessList`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: 404,
      errorCode: "SERVICE_ACCOUNT_NOT_FOUND",
      detail: `No service account with client ID ${UNKNOWN_CLIENT} exists.`,
      reason: "Not Found",
      parameters: [UNKNOWN_CLIENT],
    });
    const elsewhere = await sa("GET", `/groups/${groupA}/serviceAccounts/${account.clientId}/accessList`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toMatchObject({
      errorCode: "SERVICE_ACCOUNT_NOT_IN_GROUP",
      detail: `Service account ${account.clientId} is not assigned to project ${groupA}.`,
      parameters: [account.clientId, groupA],
    });
  });

  it("names at most 64 characters of an id too long to be one", async () => {
    const { sa, path } = await ownerAccount(ctx());
    const long = `mdb_sa_id_${"f".repeat(190)}`;
    const account = await sa("GET", `/orgs/${ctx().world.orgId}/serviceAccounts/${long}/accessList`);
    expect(account.status).toBe(404);
    expect(account.body).toMatchObject({ detail: `No service account with client ID ${long.slice(0, 64)} exists.`, parameters: [long.slice(0, 64)] });
    const secret = await sa("DELETE", `${path}/secrets/${"e".repeat(200)}`);
    expect(secret.status).toBe(404);
    expect(secret.body.detail).toMatch(new RegExp(`has no secret ${"e".repeat(64)}\\.$`));
    expect(secret.body.parameters[1]).toBe("e".repeat(64));
  });

  it("tells a Project Owner that an account reaching beyond the project needs an Organization Owner", async () => {
    const { groupA, groupB, users } = ctx().world;
    const projectOwner = saCalls(await signIn(ctx().server.base, users.groupOwner));
    const beyond = {
      errorCode: "USER_UNAUTHORIZED",
      detail: "Only an Organization Owner can change a service account that has access beyond this project.",
    };
    // An org role above member beside the member role, or a second project: beyond Alpha.
    const reaching = [
      { roles: ["ORG_MEMBER", "ORG_READ_ONLY"], projects: [groupA] },
      { roles: ["ORG_MEMBER"], projects: [groupA, groupB] },
    ];
    for (const { roles, projects } of reaching) {
      const { sa, account } = await ownerAccount(ctx(), { roles });
      for (const g of projects) expect((await sa("POST", `/groups/${g}/serviceAccounts/${account.clientId}:invite`, { roles: ["GROUP_READ_ONLY"] })).status).toBe(200);
      const refused = await projectOwner("POST", `/groups/${groupA}/serviceAccounts/${account.clientId}/secrets`, { secretExpiresAfterHours: 24 });
      expect({ roles, projects, status: refused.status }).toEqual({ roles, projects, status: 403 });
      expect(refused.body).toMatchObject(beyond);
    }
    // Member of the org and of Alpha only: the Project Owner may.
    const { sa, account } = await ownerAccount(ctx(), { roles: ["ORG_MEMBER"] });
    expect((await sa("POST", `/groups/${groupA}/serviceAccounts/${account.clientId}:invite`, { roles: ["GROUP_READ_ONLY"] })).status).toBe(200);
    expect((await projectOwner("POST", `/groups/${groupA}/serviceAccounts/${account.clientId}/secrets`, { secretExpiresAfterHours: 24 })).status).toBe(201);
  });

  it("states the secret's allowed life, the two-secret cap, and which secret is unknown", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const tooLong = await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 7 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      errorCode: "INVALID_ATTRIBUTE",
      detail: `secretExpiresAfterHours must be from 8 to ${SA_LIMITS.secretHoursDefaultMax} hours (this organization's limit); got 7.`,
      parameters: ["secretExpiresAfterHours"],
      badRequestDetail: { fields: [{ field: "secretExpiresAfterHours", description: `From 8 to ${SA_LIMITS.secretHoursDefaultMax} hours.` }] },
    });
    expect((await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 })).status).toBe(201);
    const third = await sa("POST", `${path}/secrets`, { secretExpiresAfterHours: 8 });
    expect(third.status).toBe(400);
    expect(third.body).toMatchObject({
      errorCode: "MAX_SERVICE_ACCOUNT_SECRETS_EXCEEDED",
      detail: `A service account can have at most ${SA_LIMITS.secretsPerAccount} unexpired secrets. Delete one before creating another.`,
      parameters: [SA_LIMITS.secretsPerAccount],
    });
    const missing = "0123456789abcdef01234567";
    const gone = await sa("DELETE", `${path}/secrets/${missing}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({
      errorCode: "SERVICE_ACCOUNT_SECRET_NOT_FOUND",
      detail: `Service account ${account.clientId} has no secret ${missing}.`,
      parameters: [account.clientId, missing],
    });
  });

  it("states the access list's cap and names an entry that is not on it", async () => {
    const { sa, account, path } = await ownerAccount(ctx());
    const entries = Array.from({ length: SA_LIMITS.accessListEntriesPerAccount - 1 }, (_, i) => ({ ipAddress: `10.3.${i >> 8}.${i & 255}` }));
    expect((await sa("POST", `${path}/accessList`, entries)).status).toBe(200);
    const over = await sa("POST", `${path}/accessList`, [{ ipAddress: "10.9.9.8" }, { ipAddress: "10.9.9.9" }]);
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({
      errorCode: "MAX_ACCESS_LIST_ENTRIES_EXCEEDED",
      detail: `A service account can have at most ${SA_LIMITS.accessListEntriesPerAccount} access list entries; it has ${SA_LIMITS.accessListEntriesPerAccount - 1}.`,
      parameters: [SA_LIMITS.accessListEntriesPerAccount],
    });
    // An entry already there is named; up to the cap exactly is allowed.
    const listed = await sa("POST", `${path}/accessList`, [{ cidrBlock: "10.3.0.0/32" }]);
    expect(listed.status).toBe(409);
    expect(listed.body).toMatchObject({ errorCode: "ADDRESS_ALREADY_IN_ACCESS_LIST", detail: "The address 10.3.0.0/32 is already on the access list.", parameters: ["10.3.0.0/32"] });
    expect((await sa("POST", `${path}/accessList`, [{ ipAddress: "10.9.9.8" }])).status).toBe(200);
    const absent = await sa("DELETE", `${path}/accessList/192.0.2.77`);
    expect(absent.status).toBe(404);
    expect(absent.body).toMatchObject({
      errorCode: "SERVICE_ACCOUNT_ACCESS_LIST_NOT_FOUND",
      detail: `IP address 192.0.2.77 is not on the access list of service account ${account.clientId}.`,
      parameters: ["192.0.2.77", account.clientId],
    });
  });

  it("names an event that does not exist, or that is not the project's", async () => {
    const owner = await signIn(ctx().server.base, ctx().world.users.owner);
    const { orgId, groupA } = ctx().world;
    const missing = "0123456789abcdef01234567";
    for (const path of [`/orgs/${orgId}/events/${missing}`, `/groups/${groupA}/events/${missing}`]) {
      const res = await owner.call("GET", path);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ errorCode: "EVENT_NOT_FOUND", detail: `No event with ID ${missing} exists.`, parameters: [missing] });
    }
  });
});

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };
const headersOf = (h: Headers, names: string[]) => Object.fromEntries(names.map((n) => [n, h.get(n)]));

eachStore("answers of the OAuth endpoints", (ctx) => {
  it("refuses missing client credentials with RFC 6749's body, a Basic challenge and no caching", async () => {
    const res = await rawToken(ctx().server.base, undefined);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "invalid_client", error_description: "Client authentication failed." });
    expect(headersOf(res.headers, ["www-authenticate", "cache-control", "pragma"])).toEqual({ "www-authenticate": 'Basic realm="Access Manager"', ...NO_STORE });
  });

  it("says what is wrong with the form: its type, a repeated or missing parameter, another grant type", async () => {
    const { account } = await ownerAccount(ctx());
    const auth = basic(account.clientId, account.secret);
    const base = ctx().server.base;
    const json = await fetch(`${base}/api/oauth/token`, { method: "POST", headers: { Authorization: auth, "Content-Type": "application/json" }, body: "{}" });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: "invalid_request", error_description: "Send the body as application/x-www-form-urlencoded." });
    expect(headersOf(json.headers, ["cache-control", "pragma"])).toEqual(NO_STORE);
    const cases: [string, number, object][] = [
      ["grant_type=client_credentials&grant_type=client_credentials", 400, { error: "invalid_request", error_description: "grant_type is given more than once." }],
      ["scope=x", 400, { error: "invalid_request", error_description: "grant_type is required." }],
      ["grant_type=password", 400, { error: "unsupported_grant_type", error_description: "Only grant_type=client_credentials is supported." }],
    ];
    for (const [form, status, body] of cases) {
      const res = await rawToken(base, auth, form);
      expect({ form, status: res.status, body: res.body }).toEqual({ form, status, body });
    }
    const revoke = await fetch(`${base}/api/oauth/revoke`, { method: "POST", headers: { Authorization: auth, "Content-Type": "application/x-www-form-urlencoded" }, body: "" });
    expect(revoke.status).toBe(400);
    expect(await revoke.json()).toEqual({ error: "invalid_request", error_description: "token is required." });
  });

  it("answers a revocation with 200, no body and no caching", async () => {
    const { account } = await ownerAccount(ctx());
    const token = await mintToken(ctx().server.base, account);
    const res = await fetch(`${ctx().server.base}/api/oauth/revoke`, {
      method: "POST",
      headers: { Authorization: basic(account.clientId, account.secret), "Content-Type": "application/x-www-form-urlencoded" },
      body: `token=${token}`,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    expect(headersOf(res.headers, ["cache-control", "pragma"])).toEqual(NO_STORE);
  });

  it("refuses the 101st live token with access_denied", async () => {
    const { account } = await ownerAccount(ctx());
    for (let i = 0; i < SA_LIMITS.liveTokensPerAccount; i++) expect(await mintToken(ctx().server.base, account)).toMatch(TOKEN_VALUE);
    const res = await rawToken(ctx().server.base, basic(account.clientId, account.secret));
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: "access_denied", error_description: "Access Token limit reached. Use the existing access tokens or create a new service account." });
  });
});

// One throttle for every store's server (eachStore's options are shared): each run fails from an address of its own.
let runs = 0;

eachStore(
  "answers of Bearer authentication",
  (ctx) => {
    it("refuses an unknown token with its challenge, then an address that keeps failing with 429 and the seconds to wait", async () => {
      const { base } = ctx().server;
      const address = `203.0.113.${90 + runs++}`;
      const from = { "X-Forwarded-For": address };
      const call = () =>
        fetch(`${base}/api/atlas/v2/orgs/${ctx().world.orgId}`, { headers: { Authorization: `Bearer mdb_sa_at_${"a".repeat(43)}`, Accept: "application/json", ...from } });
      const first = await call();
      expect(first.status).toBe(401);
      expect(first.headers.get("www-authenticate")).toBe('Bearer realm="Access Manager", error="invalid_token"');
      expect(await first.json()).toMatchObject({ errorCode: "UNAUTHORIZED", detail: "The access token is not valid: it is unknown, expired or revoked.", parameters: [] });
      await call();
      const blocked = await call();
      expect(blocked.status).toBe(429);
      const retryAfter = Number(blocked.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(await blocked.json()).toMatchObject({
        errorCode: "RATE_LIMITED",
        detail: "Too many failed authentication attempts from this address.",
        parameters: [address, retryAfter],
      });
    });

    it("refuses a caller outside the account's access list, and an account without one where the org requires it", async () => {
      const { sa, account, path, owner } = await ownerAccount(ctx());
      const { base } = ctx().server;
      const token = await mintToken(base, account);
      const orgPath = `/orgs/${ctx().world.orgId}`;
      const viaProxy = (from: string) =>
        fetch(`${base}/api/atlas/v2${orgPath}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "X-Forwarded-For": from } });
      expect((await owner.call("PATCH", `${orgPath}/settings`, { apiAccessListRequired: true })).status).toBe(200);
      try {
        const required = await viaProxy("198.51.100.20");
        expect(required.status).toBe(403);
        expect(await required.json()).toMatchObject({
          errorCode: "ORG_REQUIRES_ACCESS_LIST",
          detail: "This organization requires access through an access list of IP ranges.",
          parameters: ["198.51.100.20"],
        });
      } finally {
        await owner.call("PATCH", `${orgPath}/settings`, { apiAccessListRequired: false });
      }
      expect((await sa("POST", `${path}/accessList`, [{ cidrBlock: "198.51.100.0/28" }])).status).toBe(200);
      const outside = await viaProxy("198.51.100.20");
      expect(outside.status).toBe(403);
      expect(await outside.json()).toMatchObject({
        errorCode: "IP_ADDRESS_NOT_ON_ACCESS_LIST",
        detail: "IP address 198.51.100.20 is not allowed to access this resource.",
        parameters: ["198.51.100.20"],
      });
      expect((await viaProxy("198.51.100.14")).status).toBe(200);
      expect((await bearer(base, token, "GET", orgPath)).status).toBe(403);
    });

    it("will not let an account remove the entry it is calling through", async () => {
      const { sa, account, path } = await ownerAccount(ctx(), { roles: ["ORG_OWNER"] });
      const { base } = ctx().server;
      expect((await sa("POST", `${path}/accessList`, [{ cidrBlock: "198.51.100.32/28" }, { cidrBlock: "203.0.113.0/24" }])).status).toBe(200);
      const token = await mintToken(base, account);
      const remove = (block: string) =>
        fetch(`${base}/api/atlas/v2${path}/accessList/${encodeURIComponent(block)}`, {
          method: "DELETE",
          headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.atlas.2024-08-05+json", "X-Forwarded-For": "198.51.100.40" },
        });
      const own = await remove("198.51.100.32/28");
      expect(own.status).toBe(400);
      expect(await own.json()).toMatchObject({ errorCode: "CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST", parameters: ["198.51.100.40"] });
      expect((await remove("203.0.113.0/24")).status).toBe(204);
    });
  },
  { trustProxy: ["127.0.0.1/32"], bearerThrottle: new AuthThrottle(60_000, 5, 2) },
);
