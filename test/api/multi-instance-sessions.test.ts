// Two server processes on one PostgreSQL database: a session ended through
// one instance (sign out of other sessions, a password change) is refused by
// both at once, and a second sign-in step may finish on the other instance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as OTPAuth from "otpauth";
import type { ServerProcess } from "../../bench/server-process.ts";
import { ConsoleClient, totpCode } from "../support/console-client.ts";
import { startTwoInstances, type TwoInstances } from "../support/two-instances.ts";

const databaseUrl = process.env.DATABASE_URL;
const ADMIN = { email: "owner@sessions.test", password: "multi-instance-sessions-password" };

describe.skipIf(!databaseUrl)("sessions across two instances on one PostgreSQL database", () => {
  let instances: TwoInstances | undefined;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    instances = await startTwoInstances(databaseUrl ?? "", ADMIN, "am_ms");
    ({ a, b } = instances);
  }, 90_000);
  afterAll(async () => instances?.stop(), 60_000);

  async function signedIn(base: string): Promise<ConsoleClient> {
    const client = new ConsoleClient(base);
    const login = await client.login(ADMIN.email, ADMIN.password);
    expect(login.status).toBe(200);
    return client;
  }

  it("ends on A and on B the sessions that 'sign out of other sessions' on A ended", async () => {
    const keep = await signedIn(a.base);
    const onA = await signedIn(a.base);
    const onB = await signedIn(b.base);
    // Both instances have read (and cached) the sessions before they end.
    expect((await onA.account("GET")).status).toBe(200);
    expect((await onB.account("GET")).status).toBe(200);
    expect((await onB.send("GET", "/api/private/me", undefined)).status).toBe(200);

    const ended = await keep.account("POST", "/sessions/sign-out-others");
    expect(ended.status).toBe(200);
    expect(ended.body.ended).toBeGreaterThanOrEqual(2);
    expect((await onB.account("GET")).status).toBe(401);
    expect((await onA.account("GET")).status).toBe(401);
    expect((await keep.account("GET")).status).toBe(200);
    const kept = new ConsoleClient(b.base);
    kept.cookie = keep.cookie;
    kept.csrf = keep.csrf;
    expect((await kept.account("GET")).status).toBe(200);
  });

  it("finishes on B a sign-in whose password was checked on A, and refuses the same code again on A", async () => {
    const owner = await signedIn(a.base);
    const setup = await owner.account("POST", "/two-factor/setup", {});
    expect((await owner.account("POST", "/two-factor/confirm", { code: totpCode(setup.body.secret, new Date()) })).status).toBe(200);
    // The next step's code: the one that confirmed enrolment is used already.
    const period = 30_000;
    const nextStep = new Date((Math.floor(Date.now() / period) + 1) * period);
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.body.secret) }).generate({ timestamp: nextStep.getTime() });

    const browser = new ConsoleClient(a.base);
    expect((await browser.login(ADMIN.email, ADMIN.password)).body.signInStep).toBe("TWO_FACTOR_CODE");
    const onB = new ConsoleClient(b.base);
    onB.cookie = browser.cookie;
    onB.csrf = browser.csrf;
    expect((await onB.verify(code)).status).toBe(200);

    const again = new ConsoleClient(a.base);
    await again.login(ADMIN.email, ADMIN.password);
    expect((await again.verify(code)).status).toBe(401);
    // Leave the owner as it was for other tests of this file.
    expect((await onB.account("POST", "/two-factor/disable", { password: ADMIN.password })).status).toBe(204);
  });
});
