// One-time invitation and password-reset links over real HTTP on every store:
// accepting signs the invitee in with the granted roles; a link works once,
// expires after 30 days, stops when a newer one is issued or the invitation is
// cancelled; someone with an account confirms with their own password.
import { expect, it } from "vitest";
import { createUser } from "../../server/domain/admin.ts";
import { eachStoreWithClock } from "../support/clock-world.ts";
import { ConsoleClient } from "../support/console-client.ts";
import { signedFetch } from "../support/digest-client.ts";
import { eventsOf } from "../support/events.ts";
import { accept, GOOD_PASSWORD, invite, newEmail, tokenOf, V2025 } from "../support/people.ts";
import { PASSWORD, signIn } from "../support/server.ts";

eachStoreWithClock("one-time links", (ctx) => {
  const post = (path: string, body: unknown) => new ConsoleClient(ctx().server.base).send("POST", `/api/private${path}`, body);

  it("accepts an invitation once: password rules first, then the invitee is signed in with the granted roles", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("accept");
    const { token } = await invite(owner, world.orgId, email, ["ORG_READ_ONLY"], [{ groupId: world.groupA, groupRoles: ["GROUP_READ_ONLY"] }]);
    const info = await post("/invitations/inspect", { token });
    expect(info.body).toMatchObject({ purpose: "invitation", email, orgName: "Acme", newAccount: true });

    const short = await accept(server.base, token, "Sh0rt!pass");
    expect(short.answer.status).toBe(400);
    expect(short.answer.body).toMatchObject({ errorCode: "WEAK_PASSWORD", badRequestDetail: { fields: [{ field: "password" }] } });
    expect((await accept(server.base, token, "password1234")).answer.body.errorCode).toBe("COMMON_PASSWORD");

    let joined: Awaited<ReturnType<typeof accept>> | undefined;
    const events = await eventsOf(owner, world.orgId, async () => (joined = await accept(server.base, token)));
    expect(joined?.answer.status).toBe(200);
    expect(joined?.answer.body).toMatchObject({ email, orgRoles: [{ orgId: world.orgId, roles: ["ORG_READ_ONLY"] }], groupRoles: [{ groupId: world.groupA, roles: ["GROUP_READ_ONLY"] }] });
    expect((await joined?.browser.atlas("GET", `/groups/${world.groupA}`))?.status).toBe(200);
    expect((await joined?.browser.atlas("POST", `/orgs/${world.orgId}/users`, { username: newEmail("no"), roles: { orgRoles: ["ORG_MEMBER"] } }))?.status).toBe(403);
    expect(events.map((e) => [e.eventTypeName, e.username])).toEqual([["JOINED_ORG", email], ["JOINED_GROUP", email], ["USER_SIGNED_IN", email]]);
    expect(JSON.stringify(events)).not.toContain(GOOD_PASSWORD);

    const again = await accept(server.base, token);
    expect(again.answer.status).toBe(404);
    expect(again.answer.body).toMatchObject({ error: 404, errorCode: "INVALID_INVITATION_ID" });
    expect((await new ConsoleClient(server.base).login(email, GOOD_PASSWORD)).status).toBe(200);
    const listed = await owner.call("GET", `/orgs/${world.orgId}/users?username=${encodeURIComponent(email)}`, undefined, V2025);
    expect(listed.body.results[0]).toMatchObject({ orgMembershipStatus: "ACTIVE", firstName: "Ines", lastName: "Vitée" });
    // The last completed sign-in (the acceptance, then the password sign-in above).
    expect(Date.parse(listed.body.results[0].lastAuth)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("stops an old link when a new one is issued, and deletes the pending user when the invitation is cancelled", async () => {
    const { server, world, clock } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("relink");
    const { id, token: first, body } = await invite(owner, world.orgId, email);
    clock.advance(60);
    const renewed = await owner.call("POST", `/orgs/${world.orgId}/users/${id}/invitationLink`, undefined, V2025);
    expect(renewed.status).toBe(200);
    expect(Date.parse(renewed.body.expiresAt)).toBe(Date.parse(body.invitationExpiresAt) + 60_000);
    const second = tokenOf(renewed.body.url);
    expect((await post("/invitations/inspect", { token: first })).status).toBe(404);
    expect((await post("/invitations/inspect", { token: second })).status).toBe(200);

    const events = await eventsOf(owner, world.orgId, async () => expect((await owner.call("DELETE", `/orgs/${world.orgId}/users/${id}`, undefined, V2025)).status).toBe(204));
    expect(events.map((e) => e.eventTypeName)).toEqual(["ORG_INVITATION_DELETED"]);
    expect(await server.deps.store.getUserByEmail(email)).toBeUndefined();
    expect((await accept(server.base, second)).answer.status).toBe(404);
    // An active member gets no invitation link.
    const member = (await owner.call("GET", `/orgs/${world.orgId}/users?username=${world.users.member}`, undefined, V2025)).body.results[0].id;
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${member}/invitationLink`, undefined, V2025)).status).toBe(409);
  });

  it("expires an invitation after 30 days, shows it as INVITATION_EXPIRED, and lets it be sent again", async () => {
    const { server, world, clock } = ctx();
    const email = newEmail("expiry");
    const { token } = await invite(await signIn(server.base, world.users.owner), world.orgId, email);
    clock.advance(30 * 86_400 - 1);
    expect((await post("/invitations/inspect", { token })).status).toBe(200);
    clock.advance(1);
    expect((await accept(server.base, token)).answer.status).toBe(404);
    const owner = await signIn(server.base, world.users.owner);
    const expired = await owner.call("GET", `/orgs/${world.orgId}/users?orgMembershipStatuses=INVITATION_EXPIRED&username=${encodeURIComponent(email)}`, undefined, V2025);
    expect(expired.body.results).toHaveLength(1);
    expect(expired.body.results[0].orgMembershipStatus).toBe("INVITATION_EXPIRED");
    expect((await owner.call("GET", `/orgs/${world.orgId}/users?username=${encodeURIComponent(email)}`, undefined, V2025)).body.results).toEqual([]);
    const again = await invite(owner, world.orgId, email);
    expect((await accept(server.base, again.token)).answer.status).toBe(200);
  });

  it("shows an invitation as expired once its 30 days pass, though nothing was written meanwhile (the answer is not kept)", async () => {
    const { server, world, clock } = ctx();
    const email = newEmail("unwritten");
    const owner = await signIn(server.base, world.users.owner);
    await invite(owner, world.orgId, email);
    // A key, not the session: the session would have ended by then, and signing in again is a write.
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "lists users", roles: ["ORG_OWNER"] })).body;
    const path = `/api/atlas/v2/orgs/${world.orgId}/users?orgMembershipStatuses=PENDING&orgMembershipStatuses=INVITATION_EXPIRED&username=${encodeURIComponent(email)}`;
    const status = async () => {
      const res = await signedFetch(server.base, path, key, { headers: { Accept: V2025.Accept } });
      return (res.body as { results: { orgMembershipStatus: string }[] }).results.map((u) => u.orgMembershipStatus);
    };
    expect(await status()).toEqual(["PENDING"]);
    expect(await status()).toEqual(["PENDING"]);
    clock.advance(30 * 86_400 + 1);
    expect(await status()).toEqual(["INVITATION_EXPIRED"]);
  });

  it("asks someone with an account for their own password, and keeps it", async () => {
    const { server, world } = ctx();
    const otherOwner = await signIn(server.base, world.users.otherOwner);
    const { token } = await invite(otherOwner, world.otherOrgId, world.users.member);
    expect((await post("/invitations/inspect", { token })).body.newAccount).toBe(false);
    const wrong = await accept(server.base, token, GOOD_PASSWORD);
    expect(wrong.answer.status).toBe(400);
    expect(wrong.answer.body.errorCode).toBe("INVALID_PASSWORD");
    const right = await accept(server.base, token, PASSWORD);
    expect(right.answer.status).toBe(200);
    expect(right.answer.body.orgRoles.map((o: { orgId: string }) => o.orgId).sort()).toEqual([world.orgId, world.otherOrgId].sort());
    expect((await new ConsoleClient(server.base).login(world.users.member, PASSWORD)).status).toBe(200);
  });

  it("resets a member's password through an owner's one-time link, ending their sessions", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("reset");
    const user = await createUser(server.deps, { email, password: PASSWORD, orgId: world.orgId, orgRole: "ORG_MEMBER" });
    const open = new ConsoleClient(server.base);
    await open.login(email, PASSWORD);
    let link: Awaited<ReturnType<typeof owner.call>> | undefined;
    const issued = await eventsOf(owner, world.orgId, async () => (link = await owner.call("POST", `/orgs/${world.orgId}/users/${user.id}/passwordResetLink`, undefined, V2025)));
    expect(link?.body.url).toMatch(/\/reset-password#[0-9a-f]{64}$/);
    const token = tokenOf(link?.body.url);
    expect(issued.map((e) => e.eventTypeName)).toEqual(["USER_PASSWORD_RESET_LINK_CREATED"]);
    expect(JSON.stringify(issued)).not.toContain(token);
    expect((await post("/invitations/accept", { token, password: GOOD_PASSWORD })).status).toBe(404);

    const done = await post("/password-reset/accept", { token, password: GOOD_PASSWORD });
    expect(done.status).toBe(200);
    expect(done.body.email).toBe(email);
    expect((await open.send("GET", "/api/private/me")).status).toBe(401);
    expect((await new ConsoleClient(server.base).login(email, PASSWORD)).status).toBe(401);
    expect((await new ConsoleClient(server.base).login(email, GOOD_PASSWORD)).status).toBe(200);
    expect((await post("/password-reset/accept", { token, password: "another-fine-87-password" })).status).toBe(404);

    // Not for a member of an org the caller does not own, nor a pending one, nor by a non-owner.
    const both = await createUser(server.deps, { email: newEmail("both"), password: PASSWORD, orgId: world.otherOrgId, orgRole: "ORG_OWNER" });
    await server.deps.store.setUserOrgRoles({ userId: both.id, scopeId: world.orgId, roles: ["ORG_MEMBER"] });
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${both.id}/passwordResetLink`, undefined, V2025)).body.errorCode).toBe("USER_IN_OTHER_ORGANIZATION");
    const pending = await invite(owner, world.orgId, newEmail("pending-reset"));
    expect((await owner.call("POST", `/orgs/${world.orgId}/users/${pending.id}/passwordResetLink`, undefined, V2025)).status).toBe(409);
    const member = await signIn(server.base, world.users.member);
    expect((await member.call("POST", `/orgs/${world.orgId}/users/${user.id}/passwordResetLink`, undefined, V2025)).status).toBe(403);
  });
});
