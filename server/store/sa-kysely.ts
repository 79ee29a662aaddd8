// The service-accounts aggregate over Kysely (SQLite and PostgreSQL). Tables
// (sa-schema.ts) are joined to the database type with withTables, as the
// events aggregate does; cascades are the schema's (migration 0011).
import { sql } from "kysely";
import type { Kysely, Selectable, Updateable } from "kysely";
import type { Database } from "./schema.ts";
import type { SaAccessEntriesTable, SaSecretsTable, ServiceAccountsTable, ServiceAccountTables } from "./sa-schema.ts";
import type { SaAccessEntryRow, SaSecretRow, ServiceAccountRow, ServiceAccountStore } from "./sa-types.ts";
import { constrained, ms, msOrNull, num, parseRoles, rolesText } from "./rows.ts";

const date = (v: number | string): Date => new Date(Number(v));
const dateOrNull = (v: number | string | null): Date | null => (v === null ? null : date(v));

/** An insert whose constraint failures become the store's own errors. */
const inserted = constrained;

const toAccount = (r: Selectable<ServiceAccountsTable>): ServiceAccountRow => ({
  clientId: r.client_id, orgId: r.org_id, name: r.name, description: r.description, orgRoles: parseRoles(r.org_roles), created: date(r.created),
});
const toSecret = (r: Selectable<SaSecretsTable>): SaSecretRow => ({
  id: r.id, clientId: r.client_id, hash: r.hash, tail: r.tail, created: date(r.created), expires: date(r.expires), lastUsed: dateOrNull(r.last_used),
});
const toEntry = (r: Selectable<SaAccessEntriesTable>): SaAccessEntryRow => ({
  clientId: r.client_id, cidrBlock: r.cidr_block, ipAddress: r.ip_address, created: date(r.created),
  lastUsed: dateOrNull(r.last_used), lastUsedAddress: r.last_used_address, count: num(r.request_count),
});
const count = (r: { n: number | string }): number => num(r.n);

export function kyselyServiceAccounts(plain: Kysely<Database>): ServiceAccountStore {
  const db = plain.withTables<ServiceAccountTables>();
  return {
    insertServiceAccount: (a) => inserted(`service account ${a.clientId}`, db.insertInto("service_accounts").values({
      client_id: a.clientId, org_id: a.orgId, name: a.name, description: a.description, org_roles: rolesText(a.orgRoles), created: ms(a.created),
    }).execute()),
    getServiceAccount: async (clientId) => {
      const r = await db.selectFrom("service_accounts").selectAll().where("client_id", "=", clientId).executeTakeFirst();
      return r && toAccount(r);
    },
    countServiceAccounts: async (orgId) =>
      count(await db.selectFrom("service_accounts").select((eb) => eb.fn.countAll<number | string>().as("n")).where("org_id", "=", orgId).executeTakeFirstOrThrow()),
    listServiceAccounts: async (orgId, page) => (await db.selectFrom("service_accounts").selectAll().where("org_id", "=", orgId)
      .orderBy("created").orderBy("client_id").limit(page.limit).offset(page.offset).execute()).map(toAccount),
    updateServiceAccount: async (clientId, patch) => {
      const set: Updateable<ServiceAccountsTable> = {};
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.orgRoles !== undefined) set.org_roles = rolesText(patch.orgRoles);
      if (Object.keys(set).length > 0) await db.updateTable("service_accounts").set(set).where("client_id", "=", clientId).execute();
    },
    deleteServiceAccount: async (clientId) => {
      await db.deleteFrom("service_accounts").where("client_id", "=", clientId).execute();
    },

    insertSaGroup: (g) => inserted(`service account ${g.clientId} in project ${g.groupId}`,
      db.insertInto("sa_groups").values({ client_id: g.clientId, group_id: g.groupId, roles: rolesText(g.roles) }).execute()),
    getSaGroup: async (clientId, groupId) => {
      const r = await db.selectFrom("sa_groups").selectAll().where("client_id", "=", clientId).where("group_id", "=", groupId).executeTakeFirst();
      return r && { clientId: r.client_id, groupId: r.group_id, roles: parseRoles(r.roles) };
    },
    listSaGroupsFor: async (clientIds) => {
      if (clientIds.length === 0) return [];
      const rows = await db.selectFrom("sa_groups").selectAll().where("client_id", "in", clientIds).orderBy("client_id").orderBy("group_id").execute();
      return rows.map((r) => ({ clientId: r.client_id, groupId: r.group_id, roles: parseRoles(r.roles) }));
    },
    countGroupServiceAccounts: async (groupId) =>
      count(await db.selectFrom("sa_groups").select((eb) => eb.fn.countAll<number | string>().as("n")).where("group_id", "=", groupId).executeTakeFirstOrThrow()),
    listGroupServiceAccounts: async (groupId, page) => {
      const rows = await db.selectFrom("sa_groups as g").innerJoin("service_accounts as a", "a.client_id", "g.client_id")
        .selectAll("a").select("g.roles as group_roles").where("g.group_id", "=", groupId)
        .orderBy("a.created").orderBy("a.client_id").limit(page.limit).offset(page.offset).execute();
      return rows.map(({ group_roles, ...a }) => ({ account: toAccount(a), roles: parseRoles(group_roles) }));
    },
    updateSaGroupRoles: async (clientId, groupId, roles) => {
      await db.updateTable("sa_groups").set({ roles: rolesText(roles) }).where("client_id", "=", clientId).where("group_id", "=", groupId).execute();
    },
    deleteSaGroup: async (clientId, groupId) => {
      await db.deleteFrom("sa_groups").where("client_id", "=", clientId).where("group_id", "=", groupId).execute();
    },

    insertSaSecret: (s) => inserted(`secret ${s.id}`, db.insertInto("sa_secrets").values({
      id: s.id, client_id: s.clientId, hash: s.hash, tail: s.tail, created: ms(s.created), expires: ms(s.expires), last_used: msOrNull(s.lastUsed),
    }).execute()),
    listSaSecretsFor: async (clientIds) => {
      if (clientIds.length === 0) return [];
      const rows = await db.selectFrom("sa_secrets").selectAll().where("client_id", "in", clientIds)
        .orderBy("client_id").orderBy("created").orderBy("id").execute();
      return rows.map(toSecret);
    },
    deleteSaSecret: async (clientId, id) => {
      await db.deleteFrom("sa_secrets").where("client_id", "=", clientId).where("id", "=", id).execute();
    },
    touchSaSecret: async (id, lastUsed) => {
      const at = ms(lastUsed);
      await db.updateTable("sa_secrets").set({ last_used: at }).where("id", "=", id)
        .where((eb) => eb.or([eb("last_used", "is", null), eb("last_used", "<", at)])).execute();
    },

    insertSaAccessEntry: (e) => inserted(`access list entry ${e.cidrBlock}`, db.insertInto("sa_access_entries").values({
      client_id: e.clientId, cidr_block: e.cidrBlock, ip_address: e.ipAddress, created: ms(e.created),
      last_used: msOrNull(e.lastUsed), last_used_address: e.lastUsedAddress, request_count: e.count,
    }).execute()),
    getSaAccessEntry: async (clientId, cidrBlock) => {
      const r = await db.selectFrom("sa_access_entries").selectAll().where("client_id", "=", clientId).where("cidr_block", "=", cidrBlock).executeTakeFirst();
      return r && toEntry(r);
    },
    listSaAccessEntries: async (clientId) => (await db.selectFrom("sa_access_entries").selectAll().where("client_id", "=", clientId)
      .orderBy("created").orderBy("cidr_block").execute()).map(toEntry),
    deleteSaAccessEntry: async (clientId, cidrBlock) => {
      await db.deleteFrom("sa_access_entries").where("client_id", "=", clientId).where("cidr_block", "=", cidrBlock).execute();
    },
    recordSaAccessEntryUse: async (clientId, cidrBlock, use) => {
      // One UPDATE, as recordAccessEntryUse: concurrent instances never lose counts.
      const at = ms(use.at);
      const later = sql<boolean>`(last_used is null or last_used < ${at})`;
      await db.updateTable("sa_access_entries").set({
        request_count: sql<number>`request_count + ${use.requests}`,
        last_used: sql<number>`case when ${later} then ${at} else last_used end`,
        last_used_address: sql<string>`case when ${later} then ${use.address} else last_used_address end`,
      }).where("client_id", "=", clientId).where("cidr_block", "=", cidrBlock).execute();
    },

    insertSaToken: (t) => inserted("access token", db.insertInto("sa_tokens").values({
      hash: t.hash, client_id: t.clientId, secret_id: t.secretId, created: ms(t.created), expires: ms(t.expires),
    }).execute()),
    getSaToken: async (hash) => {
      const r = await db.selectFrom("sa_tokens").selectAll().where("hash", "=", hash).executeTakeFirst();
      return r && { hash: r.hash, clientId: r.client_id, secretId: r.secret_id, created: date(r.created), expires: date(r.expires) };
    },
    countLiveSaTokens: async (clientId, now) =>
      count(await db.selectFrom("sa_tokens").select((eb) => eb.fn.countAll<number | string>().as("n")).where("client_id", "=", clientId).where("expires", ">", ms(now)).executeTakeFirstOrThrow()),
    deleteSaToken: async (hash) => {
      await db.deleteFrom("sa_tokens").where("hash", "=", hash).execute();
    },
    deleteExpiredSaTokens: async (clientId, now) => {
      await db.deleteFrom("sa_tokens").where("client_id", "=", clientId).where("expires", "<=", ms(now)).execute();
    },
  };
}
