// The operator's way out for a user who lost their authenticator and their
// recovery codes: `users reset-two-factor` turns it off and ends the sessions,
// on SQLite and on PostgreSQL; its event is recorded once, never for a user
// whose two-factor sign-in was already off, even when two resets race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliTargets, type CliTarget } from "../support/cli-targets.ts";
import { cli, cliJson } from "../support/ops-process.ts";

describe.each(cliTargets("am-cli-2fa-", "cli-two-factor-secret"))("users reset-two-factor on %s", (_name, make) => {
  let target: CliTarget;
  beforeAll(async () => {
    target = await make();
  });
  afterAll(() => target.dispose());

  /** A member of a new org with two-factor sign-in on. */
  async function userWithTwoFactor(email: string): Promise<{ orgId: string; userId: string }> {
    const org = await cliJson<{ id: string }>(target.env, "orgs", "create", "--name", `Org of ${email}`);
    const user = await cliJson<{ id: string }>(target.env, "users", "create", "--email", email, "--password", "a-long-enough-password", "--org", org.id, "--role", "ORG_MEMBER");
    const store = await target.open();
    await store.confirmTotp(user.id, "sealed-seed", 1);
    await store.close();
    return { orgId: org.id, userId: user.id };
  }

  it("turns two-factor sign-in off, ends the sessions and records it once; a second reset records nothing", async () => {
    const { orgId, userId } = await userWithTwoFactor("lost@example.test");
    let store = await target.open();
    await store.replaceRecoveryCodes(userId, ["h1", "h2"]);
    await store.insertSession({ tokenHash: "t".repeat(64), userId, csrfToken: "c", created: new Date(), expires: new Date(Date.now() + 3600_000) });
    await store.close();

    expect(await cliJson(target.env, "users", "reset-two-factor", "--email", "Lost@Example.test")).toEqual({ id: userId, email: "lost@example.test", twoFactorWasOn: true });
    expect(await cliJson(target.env, "users", "reset-two-factor", "--email", "lost@example.test")).toEqual({ id: userId, email: "lost@example.test", twoFactorWasOn: false });

    store = await target.open();
    try {
      expect((await store.getAccount(userId)).totpSecretEnc).toBeNull();
      expect(await store.countRecoveryCodes(userId)).toBe(0);
      expect(await store.countUserSessions(userId)).toBe(0);
      const events = await store.listEvents({ orgId, types: ["USER_TWO_FACTOR_DISABLED"] }, { offset: 0, limit: 10 });
      expect(events.map((e) => e.actorKind)).toEqual(["operator"]);
    } finally {
      await store.close();
    }

    const missing = await cli(target.env, "users", "reset-two-factor", "--email", "nobody@example.test");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no user nobody@example\.test/);
  }, 120_000);

  // What the command relies on to record the event once: on PostgreSQL a
  // read of "was it on" beside the write would see the seed the other
  // transaction has removed but not yet committed.
  it("of two resets at once, only one is told two-factor was on", async () => {
    const { userId } = await userWithTwoFactor("raced@example.test");
    const store = await target.open();
    try {
      let second: Promise<boolean> | undefined;
      const first = await store.transaction(async (tx) => {
        const wasOn = await tx.disableTotp(userId);
        // Started while this transaction has the row and has not committed.
        second = store.transaction((other) => other.disableTotp(userId));
        await new Promise((ok) => setTimeout(ok, 300));
        return wasOn;
      });
      expect([first, await second]).toEqual([true, false]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
