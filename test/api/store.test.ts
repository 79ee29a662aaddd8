// Conformance suite for the Store: every implementation must pass the same
// tests — memory, SQLite in a temp dir, and PostgreSQL (in throwaway
// schemas) when DATABASE_URL is set. Each test gets a fresh, empty store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { openStore } from "../../server/store/open-store.ts";
import { UniqueViolation } from "../../server/store/types.ts";
import type { AccessEntryRow, ApiKeyRow, GroupRow, OrgRow, SessionRow, Store, UserRow } from "../../server/store/types.ts";

interface StoreCase {
  name: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const random = () => Math.random().toString(36).slice(2, 10);

function memoryCase(): StoreCase {
  return { name: "memory", open: async () => new MemoryStore(), cleanup: async () => {} };
}

function sqliteCase(): StoreCase {
  let root: string | undefined;
  let n = 0;
  return {
    name: "sqlite",
    async open() {
      root ??= mkdtempSync(join(tmpdir(), "am-store-"));
      // A data dir that does not exist yet: openStore must create it.
      return openStore({ dataDir: join(root, `db${n++}`) });
    },
    async cleanup() {
      if (root) rmSync(root, { recursive: true, force: true });
    },
  };
}

function postgresCase(databaseUrl: string): StoreCase {
  const schemas: string[] = [];
  return {
    name: "postgres",
    async open() {
      const pgSchema = `am_test_${random()}`;
      schemas.push(pgSchema);
      return openStore({ databaseUrl, pgSchema });
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

const cases = [memoryCase(), sqliteCase()];
if (process.env.DATABASE_URL) cases.push(postgresCase(process.env.DATABASE_URL));

// Odd milliseconds everywhere: a store that rounds to seconds fails.
const BASE = Date.UTC(2024, 4, 17, 9, 30, 15, 123);
const at = (ms: number) => new Date(BASE + ms);
const all = { offset: 0, limit: 100 };

const org = (id: string, over: Partial<OrgRow> = {}): OrgRow => ({ id, name: `Org ${id}`, apiAccessListRequired: false, created: at(0), ...over });
const group = (id: string, orgId: string, over: Partial<GroupRow> = {}): GroupRow => ({ id, orgId, name: `Project ${id}`, created: at(0), ...over });
const user = (id: string, over: Partial<UserRow> = {}): UserRow => ({
  id, email: `${id}@example.com`, passwordHash: `hash-${id}`, failedLogins: 0, lockedUntil: null, created: at(0), ...over,
});
const session = (tokenHash: string, userId: string, over: Partial<SessionRow> = {}): SessionRow => ({
  tokenHash, userId, csrfToken: `csrf-${tokenHash}`, created: at(0), expires: at(60_000),
  stage: "full", userAgent: null, address: null, lastSeen: null, ...over,
});
const key = (id: string, orgId: string, over: Partial<ApiKeyRow> = {}): ApiKeyRow => ({
  id, orgId, publicKey: `pub${id}`, desc: `Key ${id}`, privateKeyTail: "0123-4567890a", secretEnc: `sealed-${id}`,
  orgRoles: ["ORG_MEMBER"], created: at(0), lastUsed: null, ...over,
});
const entry = (keyId: string, cidrBlock: string, over: Partial<AccessEntryRow> = {}): AccessEntryRow => ({
  keyId, cidrBlock, ipAddress: null, created: at(0), lastUsed: null, lastUsedAddress: null, count: 0, ...over,
});

describe.each(cases)("$name store", (c) => {
  let store: Store;
  beforeEach(async () => {
    store = await c.open();
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => c.cleanup());

  /** An org with two projects and one key: the parent rows most tests need. */
  async function seed(): Promise<void> {
    await store.insertOrg(org("o1"));
    await store.insertGroup(group("g1", "o1"));
    await store.insertGroup(group("g2", "o1"));
    await store.insertKey(key("k1", "o1"));
  }

  describe("orgs", () => {
    it("round-trips an org with its boolean and millisecond time, and misses unknown ids", async () => {
      await store.insertOrg(org("o1", { apiAccessListRequired: true, created: at(1) }));
      await store.insertOrg(org("o2", { apiAccessListRequired: false }));
      expect(await store.getOrg("o1")).toEqual(org("o1", { apiAccessListRequired: true, created: at(1) }));
      expect((await store.getOrg("o1"))?.created.getTime()).toBe(BASE + 1);
      expect((await store.getOrg("o2"))?.apiAccessListRequired).toBe(false);
      expect(await store.getOrg("nope")).toBeUndefined();
    });

    it("rejects a duplicate org id with UniqueViolation", async () => {
      await store.insertOrg(org("o1"));
      await expect(store.insertOrg(org("o1", { name: "other" }))).rejects.toBeInstanceOf(UniqueViolation);
      expect((await store.getOrg("o1"))?.name).toBe("Org o1");
    });

    it('lists all orgs oldest first (ties by id) with "all", only the given ones with ids, and counts them', async () => {
      await store.insertOrg(org("ob", { created: at(5) }));
      await store.insertOrg(org("oc", { created: at(1) }));
      await store.insertOrg(org("oa", { created: at(5) }));
      expect((await store.listOrgs("all")).map((o) => o.id)).toEqual(["oc", "oa", "ob"]);
      expect((await store.listOrgs(["ob", "oc", "missing"])).map((o) => o.id)).toEqual(["oc", "ob"]);
      expect(await store.listOrgs([])).toEqual([]);
      expect(await store.countOrgs()).toBe(3);
    });

    it("updates the access-list setting, and an empty patch changes nothing", async () => {
      await store.insertOrg(org("o1"));
      await store.updateOrgSettings("o1", { apiAccessListRequired: true });
      expect((await store.getOrg("o1"))?.apiAccessListRequired).toBe(true);
      await store.updateOrgSettings("o1", {});
      expect((await store.getOrg("o1"))?.apiAccessListRequired).toBe(true);
      await store.updateOrgSettings("o1", { apiAccessListRequired: false });
      expect((await store.getOrg("o1"))?.apiAccessListRequired).toBe(false);
    });
  });

  describe("groups", () => {
    it("round-trips a project and lists an org's projects oldest first", async () => {
      await store.insertOrg(org("o1"));
      await store.insertOrg(org("o2"));
      await store.insertGroup(group("g3", "o1", { created: at(9) }));
      await store.insertGroup(group("g1", "o1", { created: at(2) }));
      await store.insertGroup(group("gx", "o2"));
      expect(await store.getGroup("g1")).toEqual(group("g1", "o1", { created: at(2) }));
      expect(await store.getGroup("nope")).toBeUndefined();
      expect((await store.listGroups("o1")).map((g) => g.id)).toEqual(["g1", "g3"]);
    });

    it("rejects a project of an unknown org (foreign key)", async () => {
      const err = await store.insertGroup(group("g1", "missing")).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(UniqueViolation);
      expect(await store.getGroup("g1")).toBeUndefined();
    });
  });

  describe("users and memberships", () => {
    it("round-trips a user by id and by email, with and without lockedUntil", async () => {
      await store.insertUser(user("u1"));
      await store.insertUser(user("u2", { failedLogins: 3, lockedUntil: at(777) }));
      expect(await store.getUser("u1")).toEqual(user("u1"));
      expect(await store.getUserByEmail("u2@example.com")).toEqual(user("u2", { failedLogins: 3, lockedUntil: at(777) }));
      expect(await store.getUserByEmail("nobody@example.com")).toBeUndefined();
    });

    it("rejects a second user with the same email with UniqueViolation", async () => {
      await store.insertUser(user("u1", { email: "same@example.com" }));
      await expect(store.insertUser(user("u2", { email: "same@example.com" }))).rejects.toBeInstanceOf(UniqueViolation);
      expect(await store.getUser("u2")).toBeUndefined();
    });

    it("updates failed logins and lockout", async () => {
      await store.insertUser(user("u1"));
      await store.updateUserLogin("u1", { failedLogins: 5, lockedUntil: at(31) });
      expect(await store.getUser("u1")).toMatchObject({ failedLogins: 5, lockedUntil: at(31) });
      await store.updateUserLogin("u1", { failedLogins: 0, lockedUntil: null });
      expect(await store.getUser("u1")).toMatchObject({ failedLogins: 0, lockedUntil: null });
    });

    it("setUserOrgRoles inserts, then replaces the roles of the same org; lists by org id", async () => {
      await store.insertOrg(org("o2"));
      await store.insertOrg(org("o1"));
      await store.insertUser(user("u1"));
      await store.insertUser(user("u2"));
      await store.setUserOrgRoles({ userId: "u1", scopeId: "o2", roles: ["ORG_MEMBER"] });
      await store.setUserOrgRoles({ userId: "u1", scopeId: "o1", roles: ["ORG_OWNER", "ORG_BILLING_ADMIN"] });
      await store.setUserOrgRoles({ userId: "u2", scopeId: "o1", roles: ["ORG_READ_ONLY"] });
      await store.setUserOrgRoles({ userId: "u1", scopeId: "o2", roles: ["ORG_GROUP_CREATOR"] });
      expect(await store.listUserOrgRoles("u1")).toEqual([
        { userId: "u1", scopeId: "o1", roles: ["ORG_OWNER", "ORG_BILLING_ADMIN"] },
        { userId: "u1", scopeId: "o2", roles: ["ORG_GROUP_CREATOR"] },
      ]);
      expect(await store.listUserOrgRoles("nobody")).toEqual([]);
    });

    it("setUserGroupRoles inserts, then replaces the roles of the same project; lists by project id", async () => {
      await seed();
      await store.insertUser(user("u1"));
      await store.setUserGroupRoles({ userId: "u1", scopeId: "g2", roles: ["GROUP_OWNER"] });
      await store.setUserGroupRoles({ userId: "u1", scopeId: "g1", roles: ["GROUP_READ_ONLY"] });
      await store.setUserGroupRoles({ userId: "u1", scopeId: "g2", roles: [] });
      expect(await store.listUserGroupRoles("u1")).toEqual([
        { userId: "u1", scopeId: "g1", roles: ["GROUP_READ_ONLY"] },
        { userId: "u1", scopeId: "g2", roles: [] },
      ]);
    });
  });

  describe("sessions", () => {
    it("round-trips, deletes one, and rejects a duplicate token hash", async () => {
      await store.insertUser(user("u1"));
      await store.insertSession(session("h1", "u1"));
      expect(await store.getSession("h1")).toEqual(session("h1", "u1"));
      await expect(store.insertSession(session("h1", "u1"))).rejects.toBeInstanceOf(UniqueViolation);
      await store.deleteSession("h1");
      expect(await store.getSession("h1")).toBeUndefined();
    });

    it("deleteExpiredSessions removes sessions expiring at or before now and keeps later ones", async () => {
      await store.insertUser(user("u1"));
      await store.insertSession(session("past", "u1", { expires: at(99) }));
      await store.insertSession(session("now", "u1", { expires: at(100) }));
      await store.insertSession(session("later", "u1", { expires: at(101) }));
      await store.deleteExpiredSessions(at(100));
      expect(await store.getSession("past")).toBeUndefined();
      expect(await store.getSession("now")).toBeUndefined();
      expect(await store.getSession("later")).toEqual(session("later", "u1", { expires: at(101) }));
    });
  });

  describe("api keys", () => {
    it("round-trips a key (roles, times, null lastUsed) by id and by public key", async () => {
      await store.insertOrg(org("o1"));
      const used = key("k2", "o1", { orgRoles: ["ORG_OWNER", "ORG_READ_ONLY"], created: at(3), lastUsed: at(4) });
      await store.insertKey(key("k1", "o1", { orgRoles: [] }));
      await store.insertKey(used);
      expect(await store.getKey("k1")).toEqual(key("k1", "o1", { orgRoles: [] }));
      expect(await store.getKeyByPublicKey("pubk2")).toEqual(used);
      expect(await store.getKey("nope")).toBeUndefined();
      expect(await store.getKeyByPublicKey("nope")).toBeUndefined();
    });

    it("rejects a duplicate public key (and a duplicate id) with UniqueViolation", async () => {
      await store.insertOrg(org("o1"));
      await store.insertKey(key("k1", "o1", { publicKey: "abcdefgh" }));
      await expect(store.insertKey(key("k2", "o1", { publicKey: "abcdefgh" }))).rejects.toBeInstanceOf(UniqueViolation);
      await expect(store.insertKey(key("k1", "o1", { publicKey: "zzzzzzzz" }))).rejects.toBeInstanceOf(UniqueViolation);
      expect(await store.countKeys("o1")).toBe(1);
    });

    it("lists an org's keys oldest first (ties by id), pages with offset/limit, and counts them", async () => {
      await store.insertOrg(org("o1"));
      await store.insertOrg(org("o2"));
      await store.insertKey(key("kd", "o1", { created: at(20) }));
      await store.insertKey(key("kc", "o1", { created: at(10) }));
      await store.insertKey(key("kb", "o1", { created: at(20) }));
      await store.insertKey(key("ka", "o1", { created: at(30) }));
      await store.insertKey(key("kx", "o2", { created: at(0) }));
      const ids = async (offset: number, limit: number) => (await store.listKeys("o1", { offset, limit })).map((k) => k.id);
      expect(await ids(0, 100)).toEqual(["kc", "kb", "kd", "ka"]);
      expect(await ids(1, 2)).toEqual(["kb", "kd"]);
      expect(await ids(3, 2)).toEqual(["ka"]);
      expect(await ids(4, 2)).toEqual([]);
      expect(await store.countKeys("o1")).toBe(4);
      expect(await store.countKeys("o2")).toBe(1);
    });

    it("updates the description and the roles independently", async () => {
      await seed();
      await store.updateKey("k1", { desc: "renamed" });
      expect(await store.getKey("k1")).toEqual(key("k1", "o1", { desc: "renamed" }));
      await store.updateKey("k1", { orgRoles: ["ORG_OWNER", "ORG_MEMBER"] });
      expect(await store.getKey("k1")).toEqual(key("k1", "o1", { desc: "renamed", orgRoles: ["ORG_OWNER", "ORG_MEMBER"] }));
      await store.updateKey("k1", {});
      expect((await store.getKey("k1"))?.desc).toBe("renamed");
    });

    it("touchKey keeps the later of the stored and the given time", async () => {
      await seed();
      await store.touchKey("k1", at(50));
      expect((await store.getKey("k1"))?.lastUsed).toEqual(at(50));
      await store.touchKey("k1", at(49));
      expect((await store.getKey("k1"))?.lastUsed).toEqual(at(50));
      await store.touchKey("k1", at(51));
      expect((await store.getKey("k1"))?.lastUsed).toEqual(at(51));
    });

    it("deleteKey removes the key with its project assignments and access list, and nothing else", async () => {
      await seed();
      await store.insertKey(key("k2", "o1"));
      for (const k of ["k1", "k2"]) {
        await store.insertKeyGroup({ keyId: k, groupId: "g1", roles: ["GROUP_OWNER"] });
        await store.insertAccessEntry(entry(k, "10.0.0.0/8"));
      }
      await store.deleteKey("k1");
      expect(await store.getKey("k1")).toBeUndefined();
      expect(await store.getKeyGroup("k1", "g1")).toBeUndefined();
      expect(await store.listKeyGroupsForKeys(["k1"])).toEqual([]);
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toBeUndefined();
      expect(await store.countAccessEntries("k1")).toBe(0);
      expect(await store.countGroupKeys("g1")).toBe(1);
      expect(await store.getKeyGroup("k2", "g1")).toBeDefined();
      expect(await store.countAccessEntries("k2")).toBe(1);
      // The public key is free again.
      await store.insertKey(key("k3", "o1", { publicKey: "pubk1" }));
    });
  });

  describe("project assignments", () => {
    it("round-trips an assignment, updates its roles, deletes it, and rejects a duplicate with UniqueViolation", async () => {
      await seed();
      await store.insertKeyGroup({ keyId: "k1", groupId: "g1", roles: ["GROUP_READ_ONLY"] });
      await expect(store.insertKeyGroup({ keyId: "k1", groupId: "g1", roles: ["GROUP_OWNER"] })).rejects.toBeInstanceOf(UniqueViolation);
      expect(await store.getKeyGroup("k1", "g1")).toEqual({ keyId: "k1", groupId: "g1", roles: ["GROUP_READ_ONLY"] });
      await store.updateKeyGroupRoles("k1", "g1", ["GROUP_OWNER", "GROUP_DATA_ACCESS_ADMIN"]);
      expect(await store.getKeyGroup("k1", "g1")).toEqual({ keyId: "k1", groupId: "g1", roles: ["GROUP_OWNER", "GROUP_DATA_ACCESS_ADMIN"] });
      await store.deleteKeyGroup("k1", "g1");
      expect(await store.getKeyGroup("k1", "g1")).toBeUndefined();
    });

    it("lists the assignments of the given keys only, by key then project, and counts a project's keys", async () => {
      await seed();
      await store.insertKey(key("k2", "o1"));
      await store.insertKey(key("k3", "o1"));
      await store.insertKeyGroup({ keyId: "k2", groupId: "g2", roles: ["B"] });
      await store.insertKeyGroup({ keyId: "k1", groupId: "g2", roles: ["A"] });
      await store.insertKeyGroup({ keyId: "k2", groupId: "g1", roles: ["C"] });
      await store.insertKeyGroup({ keyId: "k3", groupId: "g1", roles: ["D"] });
      expect(await store.listKeyGroupsForKeys(["k2", "k1"])).toEqual([
        { keyId: "k1", groupId: "g2", roles: ["A"] },
        { keyId: "k2", groupId: "g1", roles: ["C"] },
        { keyId: "k2", groupId: "g2", roles: ["B"] },
      ]);
      expect(await store.listKeyGroupsForKeys([])).toEqual([]);
      expect(await store.countGroupKeys("g1")).toBe(2);
      expect(await store.countGroupKeys("g2")).toBe(2);
    });

    it("lists a project's keys oldest first (ties by id) with their project roles, paged", async () => {
      await store.insertOrg(org("o1"));
      await store.insertGroup(group("g1", "o1"));
      await store.insertGroup(group("g2", "o1"));
      const keys = [key("kc", "o1", { created: at(2) }), key("ka", "o1", { created: at(7) }), key("kb", "o1", { created: at(2) })];
      for (const k of keys) {
        await store.insertKey(k);
        await store.insertKeyGroup({ keyId: k.id, groupId: "g1", roles: [`ROLE_${k.id}`] });
      }
      await store.insertKey(key("kz", "o1"));
      await store.insertKeyGroup({ keyId: "kz", groupId: "g2", roles: [] });
      const listed = await store.listGroupKeys("g1", all);
      expect(listed.map((r) => [r.key.id, r.roles])).toEqual([["kb", ["ROLE_kb"]], ["kc", ["ROLE_kc"]], ["ka", ["ROLE_ka"]]]);
      expect(listed[0]?.key).toEqual(keys[2]);
      expect((await store.listGroupKeys("g1", { offset: 1, limit: 1 })).map((r) => r.key.id)).toEqual(["kc"]);
      expect(await store.listGroupKeys("g1", { offset: 3, limit: 5 })).toEqual([]);
    });
  });

  describe("access list", () => {
    it("round-trips entries, counts and deletes them, and allows one block on two keys", async () => {
      await seed();
      await store.insertKey(key("k2", "o1"));
      const single = entry("k1", "192.0.2.7/32", { ipAddress: "192.0.2.7", created: at(1), lastUsed: at(2), lastUsedAddress: "192.0.2.7", count: 12 });
      await store.insertAccessEntry(single);
      await store.insertAccessEntry(entry("k1", "10.0.0.0/8"));
      await store.insertAccessEntry(entry("k2", "10.0.0.0/8"));
      expect(await store.getAccessEntry("k1", "192.0.2.7/32")).toEqual(single);
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toEqual(entry("k1", "10.0.0.0/8"));
      expect(await store.countAccessEntries("k1")).toBe(2);
      await store.deleteAccessEntry("k1", "10.0.0.0/8");
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toBeUndefined();
      expect(await store.countAccessEntries("k1")).toBe(1);
      expect(await store.countAccessEntries("k2")).toBe(1);
    });

    it("rejects a block already on the key's list with UniqueViolation", async () => {
      await seed();
      await store.insertAccessEntry(entry("k1", "10.0.0.0/8"));
      await expect(store.insertAccessEntry(entry("k1", "10.0.0.0/8", { created: at(5) }))).rejects.toBeInstanceOf(UniqueViolation);
      expect(await store.listAccessEntries("k1")).toEqual([entry("k1", "10.0.0.0/8")]);
    });

    it("rejects an entry for an unknown key (foreign key), not as a UniqueViolation", async () => {
      const err = await store.insertAccessEntry(entry("missing", "10.0.0.0/8")).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(UniqueViolation);
    });

    it("lists a key's entries oldest first, ties by block in byte order", async () => {
      await seed();
      await store.insertAccessEntry(entry("k1", "10.0.0.10/32", { created: at(5) }));
      await store.insertAccessEntry(entry("k1", "192.0.2.0/24", { created: at(1) }));
      await store.insertAccessEntry(entry("k1", "10.0.0.1/32", { created: at(5) }));
      expect((await store.listAccessEntries("k1")).map((e) => e.cidrBlock)).toEqual(["192.0.2.0/24", "10.0.0.1/32", "10.0.0.10/32"]);
      expect(await store.listAccessEntries("nope")).toEqual([]);
    });

    it("recordAccessEntryUse adds requests and moves lastUsed/lastUsedAddress only forward", async () => {
      await seed();
      await store.insertAccessEntry(entry("k1", "10.0.0.0/8", { count: 5 }));
      await store.recordAccessEntryUse("k1", "10.0.0.0/8", { at: at(100), address: "10.0.0.1", requests: 3 });
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toMatchObject({ count: 8, lastUsed: at(100), lastUsedAddress: "10.0.0.1" });
      await store.recordAccessEntryUse("k1", "10.0.0.0/8", { at: at(90), address: "10.0.0.2", requests: 2 });
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toMatchObject({ count: 10, lastUsed: at(100), lastUsedAddress: "10.0.0.1" });
      await store.recordAccessEntryUse("k1", "10.0.0.0/8", { at: at(100), address: "10.0.0.3", requests: 1 });
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toMatchObject({ count: 11, lastUsed: at(100), lastUsedAddress: "10.0.0.1" });
      await store.recordAccessEntryUse("k1", "10.0.0.0/8", { at: at(101), address: "10.0.0.4", requests: 1 });
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toMatchObject({ count: 12, lastUsed: at(101), lastUsedAddress: "10.0.0.4" });
    });

    it("counts past 2^31 requests", async () => {
      await seed();
      await store.insertAccessEntry(entry("k1", "10.0.0.0/8", { count: 2 ** 31 - 1 }));
      await store.recordAccessEntryUse("k1", "10.0.0.0/8", { at: at(1), address: "10.0.0.1", requests: 2 });
      expect((await store.getAccessEntry("k1", "10.0.0.0/8"))?.count).toBe(2 ** 31 + 1);
    });
  });

  describe("transactions", () => {
    it("commits all writes and returns fn's value", async () => {
      const result = await store.transaction(async (tx) => {
        await tx.insertOrg(org("o1"));
        await tx.insertKey(key("k1", "o1"));
        return "done";
      });
      expect(result).toBe("done");
      expect(await store.getKey("k1")).toEqual(key("k1", "o1"));
    });

    it("writes nothing when fn throws, and rethrows its error", async () => {
      const boom = new Error("boom");
      await expect(
        store.transaction(async (tx) => {
          await tx.insertOrg(org("o1"));
          await tx.insertKey(key("k1", "o1"));
          await tx.insertAccessEntry(entry("k1", "10.0.0.0/8"));
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await store.countOrgs()).toBe(0);
      expect(await store.getKey("k1")).toBeUndefined();
      expect(await store.getAccessEntry("k1", "10.0.0.0/8")).toBeUndefined();
    });

    it("rolls back earlier writes when a later one hits UniqueViolation", async () => {
      await seed();
      await store.insertAccessEntry(entry("k1", "10.0.0.0/8"));
      await expect(
        store.transaction(async (tx) => {
          await tx.insertAccessEntry(entry("k1", "192.0.2.0/24"));
          await tx.insertAccessEntry(entry("k1", "10.0.0.0/8"));
        }),
      ).rejects.toBeInstanceOf(UniqueViolation);
      expect((await store.listAccessEntries("k1")).map((e) => e.cidrBlock)).toEqual(["10.0.0.0/8"]);
    });

    it("runs a nested transaction inside the outer one: the outer throw undoes both", async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.transaction(async (inner) => inner.insertOrg(org("o1")));
          expect(await tx.getOrg("o1")).toBeDefined();
          throw new Error("undo");
        }),
      ).rejects.toThrow("undo");
      expect(await store.getOrg("o1")).toBeUndefined();
    });

    it("lets exactly one of two concurrent transactions insert the same access entry", async () => {
      await seed();
      const add = () =>
        store.transaction(async (tx) => {
          await tx.countAccessEntries("k1");
          await tx.insertAccessEntry(entry("k1", "10.0.0.0/8"));
        });
      const results = await Promise.allSettled([add(), add()]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.filter((r) => r.status === "rejected");
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toBeInstanceOf(UniqueViolation);
      expect(await store.listAccessEntries("k1")).toHaveLength(1);
    });

    it("lockOrg serialises read-then-write transactions of one org", async () => {
      await store.insertOrg(org("o1"));
      // Each transaction names its key after the count it read: without the
      // lock both would read 0 (PostgreSQL) and the second insert would fail.
      const addNext = () =>
        store.transaction(async (tx) => {
          await tx.lockOrg("o1");
          const n = await tx.countKeys("o1");
          await new Promise((resolve) => setTimeout(resolve, 50));
          await tx.insertKey(key(`k${n}`, "o1"));
        });
      await Promise.all([addNext(), addNext()]);
      expect((await store.listKeys("o1", all)).map((k) => k.id).sort()).toEqual(["k0", "k1"]);
    });

    it("rejects lockOrg outside a transaction", async () => {
      await store.insertOrg(org("o1"));
      await expect(store.lockOrg("o1")).rejects.toThrow(/transaction/);
    });
  });

  it("hands out copies: mutating a returned or inserted row changes nothing stored", async () => {
    await store.insertOrg(org("o1"));
    const inserted = key("k1", "o1", { orgRoles: ["ORG_MEMBER"] });
    await store.insertKey(inserted);
    inserted.orgRoles.push("ORG_OWNER");
    inserted.created.setTime(0);
    const got = await store.getKey("k1");
    got?.orgRoles.push("ORG_OWNER");
    got?.created.setTime(0);
    const listed = await store.listKeys("o1", all);
    listed[0]?.orgRoles.push("ORG_OWNER");
    expect(await store.getKey("k1")).toEqual(key("k1", "o1", { orgRoles: ["ORG_MEMBER"] }));
  });
});

describe("openStore", () => {
  it("keeps an SQLite database across reopening without re-running migrations", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "am-store-"));
    try {
      const first = await openStore({ dataDir });
      await first.insertOrg(org("o1", { apiAccessListRequired: true }));
      await first.close();
      const second = await openStore({ dataDir });
      expect(await second.getOrg("o1")).toEqual(org("o1", { apiAccessListRequired: true }));
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory SQLite database for dataDir ":memory:"', async () => {
    const store = await openStore({ dataDir: ":memory:" });
    await store.insertOrg(org("o1"));
    expect(await store.countOrgs()).toBe(1);
    await store.close();
  });

  it("refuses a PostgreSQL schema name that is not a plain identifier", async () => {
    await expect(openStore({ databaseUrl: "postgres://127.0.0.1:1/none", pgSchema: "x; drop table y" })).rejects.toThrow(/schema name/);
  });
});
