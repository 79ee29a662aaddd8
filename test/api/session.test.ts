import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { PASSWORD, signIn } from "../support/server.ts";

const json = { "Content-Type": "application/json" };

eachStore("console sessions", (ctx) => {
  it("sets an httpOnly SameSite=Strict cookie and returns the user with roles", async () => {
    const { server, world } = ctx();
    const res = await fetch(`${server.base}/api/private/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: world.users.groupOwner, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await res.json();
    expect(me.email).toBe(world.users.groupOwner);
    expect(me.orgRoles).toEqual([{ orgId: world.orgId, roles: ["ORG_MEMBER"] }]);
    expect(me.groupRoles).toEqual([{ groupId: world.groupA, orgId: world.orgId, roles: ["GROUP_OWNER"] }]);
    const meAgain = await fetch(`${server.base}/api/private/me`, { headers: { Cookie: cookie.split(";")[0] ?? "" } });
    expect((await meAgain.json()).id).toBe(me.id);
  });

  it("answers the session probe with 200 whether signed in or not", async () => {
    const { server, world } = ctx();
    const anon = await fetch(`${server.base}/api/private/session`);
    expect(anon.status).toBe(200);
    expect(await anon.json()).toEqual({ user: null });
    const login = await fetch(`${server.base}/api/private/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: world.users.member, password: PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const signedIn = await fetch(`${server.base}/api/private/session`, { headers: { Cookie: cookie } });
    expect((await signedIn.json()).user.email).toBe(world.users.member);
  });

  it("answers 401 without a session and after sign-out", async () => {
    const { server, world } = ctx();
    const anon = await fetch(`${server.base}/api/atlas/v2/orgs`);
    expect(anon.status).toBe(401);
    expect((await anon.json()).error).toBe(401);
    const login = await fetch(`${server.base}/api/private/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: world.users.member, password: PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = await login.json();
    expect((await fetch(`${server.base}/api/atlas/v2/orgs`, { headers: { Cookie: cookie } })).status).toBe(200);
    const out = await fetch(`${server.base}/api/private/logout`, { method: "POST", headers: { Cookie: cookie, "X-CSRF-Token": csrfToken } });
    expect(out.status).toBe(204);
    expect((await fetch(`${server.base}/api/atlas/v2/orgs`, { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it("refuses a sign-out without the session's CSRF token, so no other site can sign the user out", async () => {
    const { server, world } = ctx();
    const login = await fetch(`${server.base}/api/private/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: world.users.member, password: PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    for (const headers of [{ Cookie: cookie }, { Cookie: cookie, "X-CSRF-Token": "forged" }] as Record<string, string>[]) {
      const out = await fetch(`${server.base}/api/private/logout`, { method: "POST", headers });
      expect(out.status).toBe(403);
      expect((await out.json()).errorCode).toBe("INVALID_CSRF_TOKEN");
    }
    expect((await fetch(`${server.base}/api/atlas/v2/orgs`, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it("deletes sessions that have ended when a new one begins", async () => {
    const { server, world } = ctx();
    const store = server.deps.store;
    const ended = { tokenHash: "ended-session", userId: "", csrfToken: "x", created: new Date(0), expires: new Date(Date.now() - 1_000) };
    ended.userId = (await store.getUserByEmail(world.users.member))?.id ?? "";
    await store.insertSession(ended);
    expect(await store.getSession(ended.tokenHash)).toBeDefined();
    await signIn(server.base, world.users.member);
    expect(await store.getSession(ended.tokenHash)).toBeUndefined();
  });

  it("refuses a session write without the CSRF token and changes nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const before = (await owner.call("GET", `/orgs/${world.orgId}/apiKeys`)).body.totalCount;
    const res = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "csrf", roles: ["ORG_MEMBER"] }, { "X-CSRF-Token": "forged" });
    expect(res.status).toBe(403);
    expect(res.body.errorCode).toBe("INVALID_CSRF_TOKEN");
    expect((await owner.call("GET", `/orgs/${world.orgId}/apiKeys`)).body.totalCount).toBe(before);
  });

  it("rejects wrong passwords alike for unknown and known emails, then locks the account out", async () => {
    const { server, world } = ctx();
    const attempt = (email: string, password: string) =>
      fetch(`${server.base}/api/private/login`, { method: "POST", headers: json, body: JSON.stringify({ email, password }) });
    const unknown = await attempt("nobody@acme.test", "x");
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).errorCode).toBe("INVALID_CREDENTIALS");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(world.users.readOnly, "wrong")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const locked = await attempt(world.users.readOnly, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await locked.json()).errorCode).toBe("TOO_MANY_LOGIN_ATTEMPTS");
  });
});

eachStore("sign-in with text no store can hold", (ctx) => {
  it.each([
    ["a NUL in the email", { email: "owner@acme.test\u0000", password: PASSWORD }],
    ["a NUL in the password", { email: "owner@acme.test", password: "pass\u0000word" }],
    ["an unpaired surrogate in the email", { email: "\ud800@acme.test", password: PASSWORD }],
  ])("answers %s with 400 naming the field, not 500", async (_name, body) => {
    const res = await fetch(`${ctx().server.base}/api/private/login`, { method: "POST", headers: json, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const error = await res.json();
    expect(error.errorCode).toBe("INVALID_ATTRIBUTE");
    expect(error.parameters).toEqual([Object.keys(body).find((k) => /[\u0000\ud800]/.test((body as Record<string, string>)[k] ?? ""))]);
  });
});
