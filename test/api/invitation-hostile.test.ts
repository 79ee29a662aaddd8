// Hostile bytes at the unauthenticated link endpoints (/api/private
// invitations and password reset), which anyone can reach: every malformed
// body is a 4xx in Atlas's error shape, never a 5xx; guessing tokens is
// throttled per address as passwords are; nothing changes, and the real link
// still works afterwards with exactly the roles it was sent with.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { GOOD_PASSWORD, invite, newEmail, V2025 } from "../support/people.ts";
import { signIn } from "../support/server.ts";

const PATHS = ["/invitations/accept", "/invitations/inspect", "/password-reset/accept", "/password-reset/inspect"];

eachStore("one-time link endpoints under hostile input", (ctx) => {
  const send = async (path: string, body: string, from: string, type = "application/json") => {
    const res = await fetch(`${ctx().server.base}/api/private${path}`, { method: "POST", headers: { "Content-Type": type, "X-Forwarded-For": from }, body });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown>, retryAfter: res.headers.get("retry-after") };
  };

  it("answers malformed bodies with a 4xx Atlas error and changes nothing", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const email = newEmail("hostile");
    const { id, token } = await invite(owner, world.orgId, email, ["ORG_READ_ONLY"]);
    const valid = { token, password: GOOD_PASSWORD };
    const bodies: [string, string?][] = [
      ["{"], ["[]"], ["null"], ['"token"'], [JSON.stringify(valid), "text/plain"],
      [JSON.stringify({ ...valid, token: 42 })],
      [JSON.stringify({ ...valid, token: `${token.slice(0, 63)}\u0000` })],
      [JSON.stringify({ ...valid, token: token.toUpperCase() })],
      [JSON.stringify({ ...valid, token: `${token}0` })],
      [JSON.stringify({ ...valid, token: ` ${token}` })],
      [JSON.stringify({ ...valid, password: { $ne: "" } })],
      [JSON.stringify({ ...valid, password: "p\u0000ssword-long-enough" })],
      [JSON.stringify({ ...valid, password: "x".repeat(200_000) })],
      [JSON.stringify({ ...valid, orgRoles: ["ORG_OWNER"] })],
      [JSON.stringify({ ...valid, __proto__: { admin: true }, constructor: { prototype: { admin: true } } })],
      [JSON.stringify({ ...valid, firstName: "x".repeat(65) })],
      [`${"[".repeat(5_000)}${"]".repeat(5_000)}`],
      [JSON.stringify({ ...valid, password: "\ud800-unpaired-surrogate" })],
    ];
    for (const path of PATHS) {
      for (const [i, [body, type]] of bodies.entries()) {
        const res = await send(path, body, "192.0.2.10", type);
        expect(res.status, `${path} case ${i}: ${JSON.stringify(res.body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path} case ${i}`).toBeLessThan(500);
        // A stranger learns nothing but that the request was wrong: never a session.
        expect(res.body).toMatchObject({ error: res.status, errorCode: expect.any(String), reason: expect.any(String) });
      }
    }
    expect(JSON.stringify(server.logs)).not.toContain(token);
    const still = await owner.call("GET", `/orgs/${world.orgId}/users/${id}`, undefined, V2025);
    expect(still.body).toMatchObject({ orgMembershipStatus: "PENDING", roles: { orgRoles: ["ORG_READ_ONLY"] } });

    const ok = await send("/invitations/accept", JSON.stringify(valid), "192.0.2.11");
    expect(ok.status).toBe(200);
    expect(ok.body.orgRoles).toEqual([{ orgId: world.orgId, roles: ["ORG_READ_ONLY"] }]);
  });

  it("throttles guessed tokens per address: five wrong ones, then 429 with Retry-After, even for the right token", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { token } = await invite(owner, world.orgId, newEmail("guessed"));
    const guess = () => [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await send("/invitations/accept", JSON.stringify({ token: guess(), password: GOOD_PASSWORD }), "198.51.100.7"));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(answers.slice(0, 5).map((a) => a.body.detail)).size).toBe(1);
    expect(answers.slice(5).map((a) => [a.status, a.body.errorCode])).toEqual([[429, "TOO_MANY_LOGIN_ATTEMPTS"], [429, "TOO_MANY_LOGIN_ATTEMPTS"]]);
    expect(Number(answers[6]?.retryAfter)).toBeGreaterThan(0);
    const blocked = await send("/invitations/accept", JSON.stringify({ token, password: GOOD_PASSWORD }), "198.51.100.7");
    expect(blocked.status).toBe(429);
    // Another address is not held back, and the link was not used up by the refusals.
    expect((await send("/invitations/accept", JSON.stringify({ token, password: GOOD_PASSWORD }), "198.51.100.8")).status).toBe(200);
  });

  it("does not take a password-reset token as an invitation, nor the other way round", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const { token } = await invite(owner, world.orgId, newEmail("purpose"));
    expect((await send("/password-reset/accept", JSON.stringify({ token, password: GOOD_PASSWORD }), "203.0.113.5")).status).toBe(404);
    expect((await send("/password-reset/inspect", JSON.stringify({ token }), "203.0.113.5")).status).toBe(404);
    expect((await send("/invitations/inspect", JSON.stringify({ token }), "203.0.113.5")).status).toBe(200);
  });
}, { trustProxy: ["127.0.0.1/32"] });
