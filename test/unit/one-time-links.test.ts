// One-time links: when a link stops working (expiry to the millisecond, its
// purpose), that a link is used once, that a new link replaces the old, and
// that only a keyed hash of the token is stored.
import { describe, expect, it } from "vitest";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { createOrg, createUser } from "../../server/domain/admin.ts";
import { issueLink, linkExpiry, linkHash, linkUrl, usableLink } from "../../server/domain/one-time-links.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import type { LinkRow } from "../../server/store/people-types.ts";

const T0 = new Date("2026-03-01T12:00:00Z");
const crypto = nodeCrypto("one-time-links-unit-secret");

describe("one-time links", () => {
  it("expire 30 days after they are issued, to the millisecond, and answer only for their purpose", () => {
    const expires = linkExpiry("invitation", T0);
    expect(expires.toISOString()).toBe("2026-03-31T12:00:00.000Z");
    const link: LinkRow = { tokenHash: "h", userId: "u", orgId: "o", purpose: "invitation", created: T0, expires };
    expect(usableLink(link, "invitation", new Date(expires.getTime() - 1))).toBe(true);
    expect(usableLink(link, "invitation", expires)).toBe(false);
    expect(usableLink(link, "password-reset", T0)).toBe(false);
    expect(usableLink(undefined, "invitation", T0)).toBe(false);
    expect(linkExpiry("password-reset", T0).getTime() - T0.getTime()).toBe(30 * 86_400_000);
  });

  it("put the token in the URL fragment of the console page for the purpose", () => {
    expect(linkUrl("https://am.example/", "invitation", "ab")).toBe("https://am.example/invitation#ab");
    expect(linkUrl("https://am.example", "password-reset", "cd")).toBe("https://am.example/reset-password#cd");
  });

  it("are stored as a keyed hash per purpose, work once, and a new link for the same person replaces the old", async () => {
    const store = new MemoryStore();
    const deps = { store, crypto, now: () => T0 };
    const org = await createOrg(deps, "Links");
    const user = await createUser(deps, { email: "links@unit.test", password: "x", orgId: org.id, orgRole: "ORG_MEMBER" });
    const target = { userId: user.id, orgId: org.id, purpose: "invitation" as const };
    const first = await store.transaction((tx) => issueLink(tx, crypto, T0, target));
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    const hash = await linkHash(crypto, "invitation", first.token);
    expect(hash).not.toContain(first.token);
    expect(hash).not.toBe(await linkHash(crypto, "password-reset", first.token));
    expect(hash).not.toBe(await linkHash(nodeCrypto("another-secret"), "invitation", first.token));
    expect((await store.peekLink(hash))?.userId).toBe(user.id);

    const second = await store.transaction((tx) => issueLink(tx, crypto, T0, target));
    expect(await store.peekLink(hash)).toBeUndefined();
    const secondHash = await linkHash(crypto, "invitation", second.token);
    expect((await store.takeLink(secondHash))?.userId).toBe(user.id);
    expect(await store.takeLink(secondHash)).toBeUndefined();
    // A reset link of the same person lives beside an invitation link.
    const reset = await store.transaction((tx) => issueLink(tx, crypto, T0, { ...target, purpose: "password-reset" }));
    await store.transaction((tx) => issueLink(tx, crypto, T0, target));
    expect((await store.peekLink(await linkHash(crypto, "password-reset", reset.token)))?.purpose).toBe("password-reset");
  });
});
