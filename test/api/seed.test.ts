import { describe, expect, it } from "vitest";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { seedIfEmpty } from "../../server/domain/admin.ts";
import { storeCases } from "../support/stores.ts";

describe.each(storeCases)("first-start seed [$name]", (storeCase) => {
  it("seeds an empty store once, even when two starts race", async () => {
    const { store, dispose } = await storeCase.open();
    try {
      const deps = { store, crypto: nodeCrypto("seed-test"), now: () => new Date() };
      const admin = { email: "Owner@Example.test", password: "pw-0123456789" };
      const results = await Promise.all([seedIfEmpty(deps, admin), seedIfEmpty(deps, admin)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const orgs = await store.listOrgs("all");
      expect(orgs.map((o) => o.name)).toEqual(["Demo Organization"]);
      expect((await store.listGroups(orgs[0]!.id)).map((g) => g.name).sort()).toEqual(["Production", "Staging"]);
      const owner = await store.getUserByEmail("owner@example.test");
      expect((await store.listUserOrgRoles(owner!.id))[0]?.roles).toEqual(["ORG_OWNER"]);
      expect(await seedIfEmpty(deps, admin)).toBeUndefined();
    } finally {
      await dispose();
    }
  });

  it("generates and reports a password when none is given", async () => {
    const { store, dispose } = await storeCase.open();
    try {
      const crypto = nodeCrypto("seed-test");
      const seeded = await seedIfEmpty({ store, crypto, now: () => new Date() }, {});
      expect(seeded?.email).toBe("admin@example.com");
      const user = await store.getUserByEmail("admin@example.com");
      expect(await crypto.verifyPassword(seeded?.generatedPassword ?? "", user!.passwordHash)).toBe(true);
    } finally {
      await dispose();
    }
  });
});
