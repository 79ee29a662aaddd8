// The people aggregate of the Store, the same on memory, SQLite and
// PostgreSQL: invitations (upsert, order), one-time links (replacement, single
// use), leaving an org (its projects only), deleting a user (everything of
// theirs), and account names in one read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/types.ts";
import { storeCases } from "../support/stores.ts";

const T = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
const ID = (n: number) => n.toString(16).padStart(24, "0");

describe.each(storeCases)("people store [$name]", (c) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await c.open());
    for (const [id, name] of [[ID(1), "One"], [ID(2), "Two"]] as const) await store.insertOrg({ id, name, apiAccessListRequired: false, created: T(0) });
    await store.insertGroup({ id: ID(11), orgId: ID(1), name: "a", created: T(0) });
    await store.insertGroup({ id: ID(21), orgId: ID(2), name: "b", created: T(0) });
    for (const n of [101, 102, 103]) await store.insertUser({ id: ID(n), email: `u${n}@store.test`, passwordHash: "", failedLogins: 0, lockedUntil: null, created: T(0) });
  });
  afterAll(async () => dispose());

  it("upserts invitations and lists an org's oldest first", async () => {
    const base = { orgId: ID(1), orgRoles: ["ORG_MEMBER"], groupRoles: [{ groupId: ID(11), groupRoles: ["GROUP_READ_ONLY"] }], inviter: "me@store.test", expires: T(99) };
    await store.putInvitation({ ...base, userId: ID(102), created: T(2) });
    await store.putInvitation({ ...base, userId: ID(101), created: T(3) });
    await store.putInvitation({ ...base, userId: ID(101), created: T(1), orgRoles: ["ORG_OWNER"] });
    const list = await store.listOrgInvitations(ID(1));
    expect(list.map((i) => [i.userId, i.orgRoles, i.created.getTime()])).toEqual([[ID(101), ["ORG_OWNER"], T(1).getTime()], [ID(102), ["ORG_MEMBER"], T(2).getTime()]]);
    expect(list[0]?.groupRoles).toEqual(base.groupRoles);
    expect(await store.countUserInvitations(ID(101))).toBe(1);
    await store.deleteInvitation(ID(1), ID(102));
    expect(await store.getInvitation(ID(1), ID(102))).toBeUndefined();
  });

  it("keeps one link per person, org and purpose, and hands each out once", async () => {
    const link = { userId: ID(101), orgId: ID(1), purpose: "invitation" as const, created: T(0), expires: T(9) };
    await store.putLink({ ...link, tokenHash: "h1" });
    await store.putLink({ ...link, tokenHash: "h2" });
    await store.putLink({ ...link, purpose: "password-reset", tokenHash: "h3" });
    expect(await store.peekLink("h1")).toBeUndefined();
    expect((await store.peekLink("h2"))?.expires.getTime()).toBe(T(9).getTime());
    const taken = await Promise.all([store.takeLink("h2"), store.takeLink("h2")]);
    expect(taken.filter(Boolean)).toHaveLength(1);
    await store.deleteLinks(ID(101), ID(1));
    expect(await store.peekLink("h3")).toBeUndefined();
  });

  it("ends a membership in one org and its projects only, and deletes a user with everything of theirs", async () => {
    await store.setUserOrgRoles({ userId: ID(103), scopeId: ID(1), roles: ["ORG_MEMBER"] });
    await store.setUserOrgRoles({ userId: ID(103), scopeId: ID(2), roles: ["ORG_MEMBER"] });
    await store.setUserGroupRoles({ userId: ID(103), scopeId: ID(11), roles: ["GROUP_OWNER"] });
    await store.setUserGroupRoles({ userId: ID(103), scopeId: ID(21), roles: ["GROUP_OWNER"] });
    await store.deleteOrgMembership(ID(103), ID(1));
    expect((await store.listUserOrgRoles(ID(103))).map((m) => m.scopeId)).toEqual([ID(2)]);
    expect((await store.listUserGroupRoles(ID(103))).map((m) => m.scopeId)).toEqual([ID(21)]);

    await store.setAccountName(ID(103), { firstName: "Tri", lastName: "Three" });
    expect([...(await store.listAccountNames([ID(103), ID(102)])).entries()]).toEqual([[ID(103), { firstName: "Tri", lastName: "Three", lastAuth: null }]]);
    await store.touchLastAuth(ID(103), T(7));
    await store.touchLastAuth(ID(102), T(8));
    expect((await store.listAccountNames([ID(103)])).get(ID(103))).toEqual({ firstName: "Tri", lastName: "Three", lastAuth: T(7) });
    expect((await store.listAccountNames([ID(102)])).get(ID(102))).toEqual({ firstName: "", lastName: "", lastAuth: T(8) });
    await store.insertSession({ tokenHash: "s103", userId: ID(103), csrfToken: "c", created: T(0), expires: new Date(Date.now() + 60_000) });
    await store.putLink({ tokenHash: "h103", userId: ID(103), orgId: ID(2), purpose: "invitation", created: T(0), expires: T(9) });
    await store.putInvitation({ orgId: ID(1), userId: ID(103), orgRoles: ["ORG_MEMBER"], groupRoles: [], inviter: "x", created: T(0), expires: T(9) });
    await store.deleteUser(ID(103));
    expect(await store.getUser(ID(103))).toBeUndefined();
    expect(await store.getSession("s103")).toBeUndefined();
    expect(await store.peekLink("h103")).toBeUndefined();
    expect(await store.countUserInvitations(ID(103))).toBe(0);
    expect(await store.listUserOrgRoles(ID(103))).toEqual([]);
    expect((await store.listAccountNames([ID(103)])).size).toBe(0);
  });
});
