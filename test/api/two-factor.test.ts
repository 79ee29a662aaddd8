// Two-factor sign-in over real HTTP: enrolment, the second sign-in step with a
// TOTP code or a recovery code, reuse refused, wrong codes throttled, reset and
// turning it off with the password.
import type { Kysely } from "kysely";
import { expect, it } from "vitest";
import { ConsoleClient, enrol, totpCode } from "../support/console-client.ts";
import { eachStoreWithClock } from "../support/clock-world.ts";
import { PASSWORD } from "../support/server.ts";

eachStoreWithClock("two-factor sign-in", (ctx) => {
  /** A fresh user per test (throttles and codes never leak between tests). */
  let n = 0;
  async function newUser(): Promise<{ email: string; client: ConsoleClient }> {
    const { createUser } = await import("../../server/domain/admin.ts");
    const email = `tf${++n}-${Date.now()}@acme.test`;
    await createUser(ctx().server.deps, { email, password: PASSWORD, orgId: ctx().world.orgId, orgRole: "ORG_MEMBER" });
    const client = new ConsoleClient(ctx().server.base);
    expect((await client.login(email, PASSWORD)).status).toBe(200);
    return { email, client };
  }
  const later = (seconds: number) => ctx().clock.advance(seconds);
  /** A user's recovery-code rows as stored, read past the Store (which only counts them): the memory store's state or the SQL table. */
  async function storedRecoveryCodes(userId: string): Promise<unknown[]> {
    const store = ctx().server.deps.store as unknown as {
      core?: { state: { account: { recoveryCodes: Map<string, Set<string>> } } };
      db?: Kysely<{ recovery_codes: { user_id: string; code_hash: string } }>;
    };
    if (store.core) return [...(store.core.state.account.recoveryCodes.get(userId) ?? [])];
    if (store.db) return store.db.selectFrom("recovery_codes").selectAll().where("user_id", "=", userId).execute();
    throw new Error("cannot read this store's recovery codes");
  }

  it("enrols only with a first code from the app, then shows ten recovery codes once and stores neither secret in the clear", async () => {
    const { client } = await newUser();
    const setup = await client.account("POST", "/two-factor/setup", {});
    expect(setup.status).toBe(200);
    expect(setup.headers.get("cache-control")).toBe("no-store");
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toContain(`secret=${setup.body.secret}`);
    expect((await client.account("GET")).body.twoFactorEnabled).toBe(false);

    const wrong = await client.account("POST", "/two-factor/confirm", { code: "000000" === totpCode(setup.body.secret, ctx().clock.now) ? "111111" : "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ errorCode: "INVALID_TWO_FACTOR_CODE", badRequestDetail: { fields: [{ field: "code" }] } });
    expect((await client.account("GET")).body.twoFactorEnabled).toBe(false);

    const confirm = await client.account("POST", "/two-factor/confirm", { code: totpCode(setup.body.secret, ctx().clock.now) });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirm.body.recoveryCodes).size).toBe(10);
    expect(confirm.body.recoveryCodes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const account = await client.account("GET");
    expect(account.body).toMatchObject({ twoFactorEnabled: true, recoveryCodesLeft: 10 });

    const me = account.body.id as string;
    const stored = await ctx().server.deps.store.getAccount(me);
    expect(stored.totpSecretEnc).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain(setup.body.secret);
    const codeRows = await storedRecoveryCodes(me);
    expect(codeRows).toHaveLength(10);
    const codeText = JSON.stringify(codeRows);
    for (const code of confirm.body.recoveryCodes as string[]) {
      expect(codeText).not.toContain(code);
      expect(codeText).not.toContain(code.replace("-", ""));
    }
    const events = await ctx().server.deps.store.listEvents({ orgId: ctx().world.orgId, types: ["USER_TWO_FACTOR_ENROLLED"] }, { offset: 0, limit: 100 });
    const mine = events.filter((e) => e.actorId === me);
    expect(mine).toHaveLength(1);
    const text = JSON.stringify(mine);
    expect(text).not.toContain(setup.body.secret);
    for (const code of confirm.body.recoveryCodes) expect(text).not.toContain(code);
  });

  it("asks for a code after the password; the half-signed-in session reaches nothing until a right code", async () => {
    const { email, client } = await newUser();
    const { secret } = await enrol(client, ctx().clock.now);
    later(30);
    const browser = new ConsoleClient(ctx().server.base);
    const login = await browser.login(email, PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ signInStep: "TWO_FACTOR_CODE", email });
    expect(login.body.orgRoles).toBeUndefined();
    expect((await browser.atlas("GET", `/orgs/${ctx().world.orgId}`)).status).toBe(401);
    expect((await browser.account("GET")).status).toBe(401);
    expect((await browser.send("GET", "/api/private/session")).body).toMatchObject({ user: null, pending: { signInStep: "TWO_FACTOR_CODE" } });

    const limitedCookie = browser.cookie;
    const ok = await browser.verify(totpCode(secret, ctx().clock.now));
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe(email);
    expect(browser.cookie).not.toBe(limitedCookie);
    expect((await browser.atlas("GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    // The limited session was replaced, not upgraded.
    const old = new ConsoleClient(ctx().server.base);
    old.cookie = limitedCookie;
    expect((await old.send("GET", "/api/private/session")).body).toEqual({ user: null });
  });

  it("never accepts a TOTP code twice, nor an earlier step's code after a later one", async () => {
    const { email, client } = await newUser();
    const { secret } = await enrol(client, ctx().clock.now);
    later(30);
    const code = totpCode(secret, ctx().clock.now);
    const first = new ConsoleClient(ctx().server.base);
    await first.login(email, PASSWORD);
    expect((await first.verify(code)).status).toBe(200);

    const second = new ConsoleClient(ctx().server.base);
    await second.login(email, PASSWORD);
    const again = await second.verify(code);
    expect(again.status).toBe(401);
    expect(again.body.errorCode).toBe("INVALID_TWO_FACTOR_CODE");
    // The previous step's code is still inside the drift window, but older than the one used.
    expect((await second.verify(totpCode(secret, new Date(ctx().clock.now.getTime() - 30_000)))).status).toBe(401);
    later(30);
    expect((await second.verify(totpCode(secret, ctx().clock.now))).status).toBe(200);
  });

  it("accepts each recovery code once", async () => {
    const { email, client } = await newUser();
    const { recoveryCodes } = await enrol(client, ctx().clock.now);
    const code = recoveryCodes[3] as string;
    const a = new ConsoleClient(ctx().server.base);
    await a.login(email, PASSWORD);
    const ok = await a.verify(code.toUpperCase());
    expect(ok.status).toBe(200);
    expect((await a.account("GET")).body.recoveryCodesLeft).toBe(9);
    const b = new ConsoleClient(ctx().server.base);
    await b.login(email, PASSWORD);
    const reused = await b.verify(code);
    expect(reused.status).toBe(401);
    expect(reused.body.errorCode).toBe("INVALID_TWO_FACTOR_CODE");
    expect((await b.verify(recoveryCodes[4] as string)).status).toBe(200);
  });

  it("counts wrong codes toward the sign-in throttle, and a right password in between does not reset the count", async () => {
    const { email, client } = await newUser();
    const { secret } = await enrol(client, ctx().clock.now);
    later(30);
    const right = totpCode(secret, ctx().clock.now);
    const wrong = right === "123456" ? "654321" : "123456";
    const browser = new ConsoleClient(ctx().server.base);
    await browser.login(email, PASSWORD);
    for (let i = 0; i < 3; i++) expect((await browser.verify(wrong)).status).toBe(401);
    expect((await browser.login(email, PASSWORD)).body.signInStep).toBe("TWO_FACTOR_CODE");
    for (let i = 0; i < 2; i++) expect((await browser.verify(wrong)).status).toBe(401);
    const blocked = await browser.verify(right);
    expect(blocked.status).toBe(429);
    expect(blocked.body.errorCode).toBe("TOO_MANY_LOGIN_ATTEMPTS");
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await new ConsoleClient(ctx().server.base).login(email, PASSWORD)).status).toBe(429);
    const failures = await ctx().server.deps.store.listEvents({ orgId: ctx().world.orgId, types: ["USER_SIGN_IN_FAILED"] }, { offset: 0, limit: 500 });
    expect(failures.filter((e) => e.targetUsername === email)).toHaveLength(5);
    later(5 * 60 + 1);
    const after = new ConsoleClient(ctx().server.base);
    await after.login(email, PASSWORD);
    expect((await after.verify(totpCode(secret, ctx().clock.now))).status).toBe(200);
  });

  it("resets or turns off two-factor sign-in only with the password", async () => {
    const { email, client } = await newUser();
    const first = await enrol(client, ctx().clock.now);
    const noPassword = await client.account("POST", "/two-factor/setup", {});
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.errorCode).toBe("INVALID_PASSWORD");
    later(30);
    const second = await enrol(client, ctx().clock.now, PASSWORD);
    expect(second.secret).not.toBe(first.secret);
    later(30);
    const browser = new ConsoleClient(ctx().server.base);
    await browser.login(email, PASSWORD);
    expect((await browser.verify(totpCode(first.secret, ctx().clock.now))).status).toBe(401);
    expect((await browser.verify(first.recoveryCodes[0] as string)).status).toBe(401);
    expect((await browser.verify(totpCode(second.secret, ctx().clock.now))).status).toBe(200);

    const wrong = await client.account("POST", "/two-factor/disable", { password: "not-the-password" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ errorCode: "INVALID_PASSWORD", badRequestDetail: { fields: [{ field: "password" }] } });
    expect((await client.account("GET")).body.twoFactorEnabled).toBe(true);
    expect((await client.account("POST", "/two-factor/disable", { password: PASSWORD })).status).toBe(204);
    expect((await client.account("GET")).body).toMatchObject({ twoFactorEnabled: false, recoveryCodesLeft: 0 });
    const plain = await new ConsoleClient(ctx().server.base).login(email, PASSWORD);
    expect(plain.body.signInStep).toBeUndefined();
    expect(plain.body.email).toBe(email);
    const types = (await ctx().server.deps.store.listEvents({ orgId: ctx().world.orgId }, { offset: 0, limit: 500 }))
      .filter((e) => e.actorName === email).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["USER_TWO_FACTOR_ENROLLED", "USER_TWO_FACTOR_RESET", "USER_TWO_FACTOR_DISABLED"]));
  });

  it("refuses the second step without a pending sign-in, and codes of the wrong shape", async () => {
    const anon = new ConsoleClient(ctx().server.base);
    const none = await anon.verify("123456");
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: 401, errorCode: "UNAUTHORIZED", reason: "Unauthorized" });
    const { client } = await newUser();
    const extra = await client.send("POST", "/api/private/login/verify", { code: "123456", more: 1 });
    expect(extra.status).toBe(400);
    expect(extra.body.errorCode).toBe("INVALID_ATTRIBUTE");
  });
});
