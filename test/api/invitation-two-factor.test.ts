// Accepting a link ends in the same sign-in stages as a password: an invitee
// who has two-factor sign-in gets the code step, and one joining an org that
// requires it gets enrolment first; neither reaches the API before that.
import { expect, it } from "vitest";
import { ConsoleClient, enrol, totpCode } from "../support/console-client.ts";
import { eachStore } from "../support/each-store.ts";
import { accept, invite, newEmail } from "../support/people.ts";
import { PASSWORD, signIn } from "../support/server.ts";

eachStore("links and two-factor sign-in", (ctx) => {
  it("asks an invitee who has two-factor sign-in for a code before anything else", async () => {
    const { server, world } = ctx();
    const member = new ConsoleClient(server.base);
    await member.login(world.users.groupReader, PASSWORD);
    const { secret } = await enrol(member, new Date());
    const { token } = await invite(await signIn(server.base, world.users.otherOwner), world.otherOrgId, world.users.groupReader);
    const { browser, answer } = await accept(server.base, token, PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ signInStep: "TWO_FACTOR_CODE", email: world.users.groupReader });
    expect((await browser.atlas("GET", `/orgs/${world.otherOrgId}`)).status).toBe(401);
    // The code of the next 30-second step (the enrolment used this one).
    const next = new Date((Math.floor(Date.now() / 30_000) + 1) * 30_000);
    expect((await browser.verify(totpCode(secret, next))).status).toBe(200);
    expect((await browser.atlas("GET", `/orgs/${world.otherOrgId}`)).status).toBe(200);
  });

  it("leads a new member of an org that requires two-factor sign-in to enrolment first", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { token } = await invite(owner, world.orgId, newEmail("mfa"));
    await server.deps.store.setOrgStoredSettings(world.orgId, { ...(await server.deps.store.getOrgStoredSettings(world.orgId)), multiFactorAuthRequired: true });
    try {
      const { browser, answer } = await accept(server.base, token);
      expect(answer.body.signInStep).toBe("TWO_FACTOR_ENROLMENT");
      expect((await browser.atlas("GET", `/orgs/${world.orgId}`)).status).toBe(403);
      await enrol(browser, new Date());
      expect((await browser.atlas("GET", `/orgs/${world.orgId}`)).status).toBe(200);
    } finally {
      await server.deps.store.setOrgStoredSettings(world.orgId, { ...(await server.deps.store.getOrgStoredSettings(world.orgId)), multiFactorAuthRequired: false });
    }
  });
});
