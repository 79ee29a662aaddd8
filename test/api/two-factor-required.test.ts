// multiFactorAuthRequired: a member without two-factor sign-in is led through
// enrolment at their next sign-in, and reaches nothing else until enrolled.
import { expect, it } from "vitest";
import { createUser } from "../../server/domain/admin.ts";
import { ConsoleClient, totpCode } from "../support/console-client.ts";
import { eachStoreWithClock } from "../support/clock-world.ts";
import { PASSWORD, signIn } from "../support/server.ts";

eachStoreWithClock("two-factor sign-in required by the org", (ctx) => {
  it("forces enrolment at the next sign-in, then lets the member in and keeps them from turning it off", async () => {
    const { orgId } = ctx().world;
    const email = `forced-${Date.now()}@acme.test`;
    await createUser(ctx().server.deps, { email, password: PASSWORD, orgId, orgRole: "ORG_MEMBER" });
    const owner = await signIn(ctx().server.base, "owner@acme.test");
    expect((await owner.call("PATCH", `/orgs/${orgId}/settings`, { multiFactorAuthRequired: true })).status).toBe(200);

    const member = new ConsoleClient(ctx().server.base);
    const login = await member.login(email, PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ signInStep: "TWO_FACTOR_ENROLMENT", email });
    const api = await member.atlas("GET", `/orgs/${orgId}`);
    expect(api.status).toBe(403);
    expect(api.body).toMatchObject({ error: 403, errorCode: "TWO_FACTOR_ENROLMENT_REQUIRED" });
    expect((await member.account("GET")).body.errorCode).toBe("TWO_FACTOR_ENROLMENT_REQUIRED");
    expect((await member.account("POST", "/sessions/sign-out-others")).status).toBe(403);
    expect((await member.send("GET", "/api/private/me")).status).toBe(403);

    const setup = await member.account("POST", "/two-factor/setup", {});
    expect(setup.status).toBe(200);
    const confirm = await member.account("POST", "/two-factor/confirm", { code: totpCode(setup.body.secret, ctx().clock.now) });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    await member.refresh();
    expect((await member.atlas("GET", `/orgs/${orgId}`)).status).toBe(200);
    const account = await member.account("GET");
    expect(account.body).toMatchObject({ twoFactorEnabled: true, twoFactorRequired: true });
    const off = await member.account("POST", "/two-factor/disable", { password: PASSWORD });
    expect(off.status).toBe(403);
    expect(off.body.errorCode).toBe("TWO_FACTOR_REQUIRED_BY_ORG");
    expect((await member.account("GET")).body.twoFactorEnabled).toBe(true);

    // Next time: the code step, not enrolment.
    ctx().clock.advance(30);
    const again = new ConsoleClient(ctx().server.base);
    expect((await again.login(email, PASSWORD)).body.signInStep).toBe("TWO_FACTOR_CODE");
    expect((await owner.call("PATCH", `/orgs/${orgId}/settings`, { multiFactorAuthRequired: false })).status).toBe(200);
  });
});
