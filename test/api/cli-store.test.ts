// The store methods the operator commands and start-up added, on every store
// (memory, SQLite, PostgreSQL): users of an org, password reset, sessions.
import { describe, expect, it } from "vitest";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { createOrg, createUser } from "../../server/domain/admin.ts";
import { storeCases } from "../support/stores.ts";

describe.each(storeCases)("operator store methods [$name]", (storeCase) => {
  it("lists an org's users oldest first with their roles there, resets a password, counts and ends sessions", async () => {
    const { store, dispose } = await storeCase.open();
    try {
      let clock = Date.UTC(2026, 0, 1);
      const deps = { store, crypto: nodeCrypto("store-methods-secret"), now: () => new Date((clock += 1000)) };
      const org = await createOrg(deps, "Members");
      const other = await createOrg(deps, "Elsewhere");
      const owner = await createUser(deps, { email: "first@example.test", password: "pw-one", orgId: org.id, orgRole: "ORG_OWNER" });
      const reader = await createUser(deps, { email: "second@example.test", password: "pw-two", orgId: org.id, orgRole: "ORG_READ_ONLY" });
      await createUser(deps, { email: "outsider@example.test", password: "pw-three", orgId: other.id, orgRole: "ORG_OWNER" });

      const listed = await store.listOrgMembers(org.id);
      expect(listed.map((u) => [u.user.email, u.roles])).toEqual([["first@example.test", ["ORG_OWNER"]], ["second@example.test", ["ORG_READ_ONLY"]]]);

      await store.updateUserLogin(reader.id, { failedLogins: 7, lockedUntil: new Date(clock + 60_000) });
      await store.setUserPassword(reader.id, "new-hash");
      expect(await store.getUser(reader.id)).toMatchObject({ passwordHash: "new-hash", failedLogins: 0, lockedUntil: null });

      const session = (n: number, userId: string) => ({ tokenHash: `${n}`.repeat(64).slice(0, 64), userId, csrfToken: "c", created: new Date(clock), expires: new Date(clock + 3600_000) });
      await store.insertSession(session(1, owner.id));
      await store.insertSession(session(2, owner.id));
      await store.insertSession(session(3, reader.id));
      expect(await store.countUserSessions(owner.id)).toBe(2);
      await store.deleteUserSessions(owner.id);
      expect(await store.countUserSessions(owner.id)).toBe(0);
      expect(await store.countUserSessions(reader.id)).toBe(1);
    } finally {
      await dispose();
    }
  });
});
