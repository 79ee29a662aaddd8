// Hostile bytes at the OAuth endpoints, which anyone on the internet can reach:
// each gets a 4xx in RFC 6749's shape, never a 5xx, and mints or revokes nothing.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { basic, bearer, createAccount, mintToken, rawToken } from "../support/sa-client.ts";
import { signIn } from "../support/server.ts";

eachStore("OAuth endpoints under hostile input", (ctx) => {
  it("answers wrong body types, oversize forms, NUL bytes and mangled Basic headers with a 4xx and mints nothing", async () => {
    const { base } = ctx().server;
    const owner = await signIn(base, ctx().world.users.owner);
    const account = await createAccount(owner, ctx().world.orgId);
    const auth = basic(account.clientId, account.secret);
    const post = async (path: string, headers: Record<string, string>, body: string) => {
      const res = await fetch(`${base}/api/oauth/${path}`, { method: "POST", headers, body });
      return { status: res.status, body: (await res.json().catch(() => ({}))) as { error?: string } };
    };
    const refused = [
      await post("token", { Authorization: auth, "Content-Type": "application/json" }, '{"grant_type":"client_credentials"}'),
      await rawToken(base, auth, `grant_type=client_credentials&pad=${"a".repeat(8_000)}`),
      await rawToken(base, auth, "grant_type=client_credentials%00"),
      await rawToken(base, auth, "grant_type=%E0%A4%A"),
      await rawToken(base, auth, "grant_type=client_credentials&grant_type=password"),
      await rawToken(base, `Basic ${"A".repeat(10_000)}`),
      await rawToken(base, basic(`${account.clientId}\u0000`, account.secret)),
      await rawToken(base, basic(account.clientId, `${account.secret}\u0000`)),
      await rawToken(base, `Bearer ${account.secret}`),
      await post("revoke", { Authorization: auth, "Content-Type": "text/plain" }, "token=x"),
    ];
    for (const [i, r] of refused.entries()) {
      expect(r.status, `case ${i}: ${JSON.stringify(r.body)}`).toBeGreaterThanOrEqual(400);
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
      expect(typeof r.body.error).toBe("string");
    }
    // Nothing was minted: the account still holds no token, so the first one is the only one in use.
    const token = await mintToken(base, account);
    expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    const events = await owner.call("GET", `/orgs/${ctx().world.orgId}/events?itemsPerPage=500`);
    expect(JSON.stringify(events.body)).not.toContain(account.secret);
  });

  it("revokes a token only when the whole form is right: a token with a NUL byte or of another shape leaves it working", async () => {
    const { base } = ctx().server;
    const owner = await signIn(base, ctx().world.users.owner);
    const account = await createAccount(owner, ctx().world.orgId);
    const token = await mintToken(base, account);
    const revoke = (form: string) =>
      fetch(`${base}/api/oauth/revoke`, {
        method: "POST",
        headers: { Authorization: basic(account.clientId, account.secret), "Content-Type": "application/x-www-form-urlencoded" },
        body: form,
      });
    for (const form of [`token=${token}%00`, `token=${token.slice(0, -1)}`, `token=${encodeURIComponent(token)}x`]) {
      const res = await revoke(form);
      expect(res.status).toBeLessThan(500);
      expect((await bearer(base, token, "GET", `/orgs/${ctx().world.orgId}`)).status).toBe(200);
    }
  });
});
