// The Store over Kysely, for SQLite (better-sqlite3) and PostgreSQL (pg).
// Column formats and row mapping live in schema.ts and rows.ts.
import { sql } from "kysely";
import type { Kysely, Updateable } from "kysely";
import * as orgAdmin from "./kysely-org-admin.ts";
import type { SqlDialect } from "./migrations.ts";
import type { ApiKeysTable, Database } from "./schema.ts";
import { kyselyEvents } from "./events-kysely.ts";
import { kyselyAccount } from "./account-kysely.ts";
import type { AccountStore } from "./account-types.ts";
import { kyselyPeople } from "./people-kysely.ts";
import type { PeopleStore } from "./people-types.ts";
import { kyselyServiceAccounts } from "./sa-kysely.ts";
import type { ServiceAccountStore } from "./sa-types.ts";
import type { EventQuery, EventRow } from "./events-types.ts";
import type { AccessEntryRow, ApiKeyRow, GroupRow, KeyGroupRow, MembershipRow, OrgRow, Page, SessionRow, Store, UserRow } from "./types.ts";
import {
  constrained, fromKey, ms, msOrNull, num, parseRoles, rolesText,
  toAccessEntry, toGroup, toKey, toOrg, toSession, toUser,
} from "./rows.ts";

/** An insert whose constraint failures become the store's own errors. */
const unique = constrained;

/** The service-accounts, account and people aggregates' methods come from sa-kysely.ts, account-kysely.ts and people-kysely.ts (assigned in the constructor). */
export interface KyselyStore extends ServiceAccountStore, AccountStore, PeopleStore {}

export class KyselyStore implements Store {
  private readonly db: Kysely<Database>;
  private readonly dialect: SqlDialect;
  private readonly inTransaction: boolean;

  constructor(db: Kysely<Database>, dialect: SqlDialect, inTransaction = false) {
    this.db = db;
    this.dialect = dialect;
    this.inTransaction = inTransaction;
    Object.assign(this, kyselyServiceAccounts(db), kyselyAccount(db), kyselyPeople(db));
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    // No savepoints: a nested call joins the outer transaction, so a throw
    // anywhere rolls back everything.
    if (this.inTransaction) return fn(this);
    return this.db.transaction().execute((trx) => fn(new KyselyStore(trx, this.dialect, true)));
  }

  async lockOrg(orgId: string): Promise<void> {
    if (!this.inTransaction) throw new Error("lockOrg must be called inside a transaction");
    // SQLite: Kysely runs everything on one connection behind a mutex, so
    // transactions of this process are already serial.
    if (this.dialect !== "postgres") return;
    await this.db.selectFrom("orgs").select("id").where("id", "=", orgId).forUpdate().execute();
  }

  async close(): Promise<void> {
    if (this.inTransaction) throw new Error("close() inside a transaction");
    await this.db.destroy();
  }

  async insertOrg(row: OrgRow): Promise<void> {
    const values = { id: row.id, name: row.name, api_access_list_required: row.apiAccessListRequired ? 1 : 0, created: ms(row.created) };
    await unique(`organization ${row.id}`, this.db.insertInto("orgs").values(values).execute());
  }
  async getOrg(id: string): Promise<OrgRow | undefined> {
    const r = await this.db.selectFrom("orgs").selectAll().where("id", "=", id).executeTakeFirst();
    return r && toOrg(r);
  }
  async listOrgs(ids: string[] | "all"): Promise<OrgRow[]> {
    if (ids !== "all" && ids.length === 0) return [];
    let q = this.db.selectFrom("orgs").selectAll().orderBy("created").orderBy("id");
    if (ids !== "all") q = q.where("id", "in", ids);
    return (await q.execute()).map(toOrg);
  }
  async updateOrgSettings(id: string, patch: { apiAccessListRequired?: boolean }): Promise<void> {
    if (patch.apiAccessListRequired === undefined) return;
    await this.db.updateTable("orgs").set({ api_access_list_required: patch.apiAccessListRequired ? 1 : 0 }).where("id", "=", id).execute();
  }
  async countOrgs(): Promise<number> {
    const r = await this.db.selectFrom("orgs").select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
    return num(r.n);
  }

  async insertGroup(row: GroupRow): Promise<void> {
    const values = { id: row.id, org_id: row.orgId, name: row.name, created: ms(row.created) };
    await unique(`project ${row.id}`, this.db.insertInto("groups").values(values).execute());
  }
  async getGroup(id: string): Promise<GroupRow | undefined> {
    const r = await this.db.selectFrom("groups").selectAll().where("id", "=", id).executeTakeFirst();
    return r && toGroup(r);
  }
  async listGroups(orgId: string): Promise<GroupRow[]> {
    const rows = await this.db.selectFrom("groups").selectAll().where("org_id", "=", orgId).orderBy("created").orderBy("id").execute();
    return rows.map(toGroup);
  }

  async insertUser(row: UserRow): Promise<void> {
    const values = {
      id: row.id, email: row.email, password_hash: row.passwordHash, failed_logins: row.failedLogins,
      locked_until: msOrNull(row.lockedUntil), created: ms(row.created),
    };
    await unique(`user ${row.email}`, this.db.insertInto("users").values(values).execute());
  }
  async getUserByEmail(email: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
    return r && toUser(r);
  }
  async getUser(id: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    return r && toUser(r);
  }
  async updateUserLogin(id: string, patch: { failedLogins: number; lockedUntil: Date | null }): Promise<void> {
    const set = { failed_logins: patch.failedLogins, locked_until: msOrNull(patch.lockedUntil) };
    await this.db.updateTable("users").set(set).where("id", "=", id).execute();
  }
  async setUserOrgRoles(row: MembershipRow): Promise<void> {
    const roles = rolesText(row.roles);
    await this.db.insertInto("user_org_roles").values({ user_id: row.userId, org_id: row.scopeId, roles })
      .onConflict((oc) => oc.columns(["user_id", "org_id"]).doUpdateSet({ roles })).execute();
  }
  async setUserGroupRoles(row: MembershipRow): Promise<void> {
    const roles = rolesText(row.roles);
    await this.db.insertInto("user_group_roles").values({ user_id: row.userId, group_id: row.scopeId, roles })
      .onConflict((oc) => oc.columns(["user_id", "group_id"]).doUpdateSet({ roles })).execute();
  }
  async listUserOrgRoles(userId: string): Promise<MembershipRow[]> {
    const rows = await this.db.selectFrom("user_org_roles").selectAll().where("user_id", "=", userId).orderBy("org_id").execute();
    return rows.map((r) => ({ userId: r.user_id, scopeId: r.org_id, roles: parseRoles(r.roles) }));
  }
  async listUserGroupRoles(userId: string): Promise<MembershipRow[]> {
    const rows = await this.db.selectFrom("user_group_roles").selectAll().where("user_id", "=", userId).orderBy("group_id").execute();
    return rows.map((r) => ({ userId: r.user_id, scopeId: r.group_id, roles: parseRoles(r.roles) }));
  }

  async insertSession(row: SessionRow): Promise<void> {
    const values = {
      token_hash: row.tokenHash, user_id: row.userId, csrf_token: row.csrfToken, created: ms(row.created), expires: ms(row.expires),
      stage: row.stage ?? "full", user_agent: row.userAgent ?? null, address: row.address ?? null, last_seen: msOrNull(row.lastSeen ?? null),
    };
    await unique("session", this.db.insertInto("sessions").values(values).execute());
  }
  async getSession(tokenHash: string): Promise<SessionRow | undefined> {
    const r = await this.db.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    return r && toSession(r);
  }
  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  }
  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires", "<=", ms(now)).execute();
  }

  async insertKey(row: ApiKeyRow): Promise<void> {
    await unique(`API key ${row.publicKey}`, this.db.insertInto("api_keys").values(fromKey(row)).execute());
  }
  async getKey(id: string): Promise<ApiKeyRow | undefined> {
    const r = await this.db.selectFrom("api_keys").selectAll().where("id", "=", id).executeTakeFirst();
    return r && toKey(r);
  }
  async getKeyByPublicKey(publicKey: string): Promise<ApiKeyRow | undefined> {
    const r = await this.db.selectFrom("api_keys").selectAll().where("public_key", "=", publicKey).executeTakeFirst();
    return r && toKey(r);
  }
  async countKeys(orgId: string): Promise<number> {
    const r = await this.db.selectFrom("api_keys").select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("org_id", "=", orgId).executeTakeFirstOrThrow();
    return num(r.n);
  }
  async listKeys(orgId: string, page: Page): Promise<ApiKeyRow[]> {
    const rows = await this.db.selectFrom("api_keys").selectAll().where("org_id", "=", orgId)
      .orderBy("created").orderBy("id").limit(page.limit).offset(page.offset).execute();
    return rows.map(toKey);
  }
  async updateKey(id: string, patch: { desc?: string; orgRoles?: string[] }): Promise<void> {
    const set: Updateable<ApiKeysTable> = {};
    if (patch.desc !== undefined) set.description = patch.desc;
    if (patch.orgRoles !== undefined) set.org_roles = rolesText(patch.orgRoles);
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable("api_keys").set(set).where("id", "=", id).execute();
  }
  async deleteKey(id: string): Promise<void> {
    // key_groups and access_entries go with it through ON DELETE CASCADE
    // (openStore turns foreign keys on for SQLite), in one atomic statement.
    await this.db.deleteFrom("api_keys").where("id", "=", id).execute();
  }
  async touchKey(id: string, lastUsed: Date): Promise<void> {
    const at = ms(lastUsed);
    await this.db.updateTable("api_keys").set({ last_used: at }).where("id", "=", id)
      .where((eb) => eb.or([eb("last_used", "is", null), eb("last_used", "<", at)])).execute();
  }

  async insertKeyGroup(row: KeyGroupRow): Promise<void> {
    const values = { key_id: row.keyId, group_id: row.groupId, roles: rolesText(row.roles) };
    await unique(`API key ${row.keyId} in project ${row.groupId}`, this.db.insertInto("key_groups").values(values).execute());
  }
  async getKeyGroup(keyId: string, groupId: string): Promise<KeyGroupRow | undefined> {
    const r = await this.db.selectFrom("key_groups").selectAll().where("key_id", "=", keyId).where("group_id", "=", groupId).executeTakeFirst();
    return r && { keyId: r.key_id, groupId: r.group_id, roles: parseRoles(r.roles) };
  }
  async listKeyGroupsForKeys(keyIds: string[]): Promise<KeyGroupRow[]> {
    if (keyIds.length === 0) return [];
    const rows = await this.db.selectFrom("key_groups").selectAll().where("key_id", "in", keyIds).orderBy("key_id").orderBy("group_id").execute();
    return rows.map((r) => ({ keyId: r.key_id, groupId: r.group_id, roles: parseRoles(r.roles) }));
  }
  async countGroupKeys(groupId: string): Promise<number> {
    const r = await this.db.selectFrom("key_groups").select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("group_id", "=", groupId).executeTakeFirstOrThrow();
    return num(r.n);
  }
  async listGroupKeys(groupId: string, page: Page): Promise<{ key: ApiKeyRow; roles: string[] }[]> {
    const rows = await this.db.selectFrom("key_groups as kg").innerJoin("api_keys as k", "k.id", "kg.key_id")
      .selectAll("k").select("kg.roles as group_roles").where("kg.group_id", "=", groupId)
      .orderBy("k.created").orderBy("k.id").limit(page.limit).offset(page.offset).execute();
    return rows.map(({ group_roles, ...k }) => ({ key: toKey(k), roles: parseRoles(group_roles) }));
  }
  async updateKeyGroupRoles(keyId: string, groupId: string, roles: string[]): Promise<void> {
    await this.db.updateTable("key_groups").set({ roles: rolesText(roles) }).where("key_id", "=", keyId).where("group_id", "=", groupId).execute();
  }
  async deleteKeyGroup(keyId: string, groupId: string): Promise<void> {
    await this.db.deleteFrom("key_groups").where("key_id", "=", keyId).where("group_id", "=", groupId).execute();
  }

  async insertAccessEntry(row: AccessEntryRow): Promise<void> {
    const values = {
      key_id: row.keyId, cidr_block: row.cidrBlock, ip_address: row.ipAddress, created: ms(row.created),
      last_used: msOrNull(row.lastUsed), last_used_address: row.lastUsedAddress, request_count: row.count,
    };
    await unique(`access list entry ${row.cidrBlock}`, this.db.insertInto("access_entries").values(values).execute());
  }
  async getAccessEntry(keyId: string, cidrBlock: string): Promise<AccessEntryRow | undefined> {
    const r = await this.db.selectFrom("access_entries").selectAll().where("key_id", "=", keyId).where("cidr_block", "=", cidrBlock).executeTakeFirst();
    return r && toAccessEntry(r);
  }
  async listAccessEntries(keyId: string): Promise<AccessEntryRow[]> {
    const rows = await this.db.selectFrom("access_entries").selectAll().where("key_id", "=", keyId).orderBy("created").orderBy("cidr_block").execute();
    return rows.map(toAccessEntry);
  }
  async countAccessEntries(keyId: string): Promise<number> {
    const r = await this.db.selectFrom("access_entries").select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("key_id", "=", keyId).executeTakeFirstOrThrow();
    return num(r.n);
  }
  async deleteAccessEntry(keyId: string, cidrBlock: string): Promise<void> {
    await this.db.deleteFrom("access_entries").where("key_id", "=", keyId).where("cidr_block", "=", cidrBlock).execute();
  }
  async recordAccessEntryUse(keyId: string, cidrBlock: string, use: { at: Date; address: string; requests: number }): Promise<void> {
    // One UPDATE, so concurrent requests on several instances never lose
    // counts; both dialects evaluate every SET expression on the old row.
    const at = ms(use.at);
    const later = sql<boolean>`(last_used is null or last_used < ${at})`;
    await this.db.updateTable("access_entries").set({
      request_count: sql<number>`request_count + ${use.requests}`,
      last_used: sql<number>`case when ${later} then ${at} else last_used end`,
      last_used_address: sql<string>`case when ${later} then ${use.address} else last_used_address end`,
    }).where("key_id", "=", keyId).where("cidr_block", "=", cidrBlock).execute();
  }

  async setUserPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.updateTable("users").set({ password_hash: passwordHash, failed_logins: 0, locked_until: null }).where("id", "=", id).execute();
  }
  async deleteUserSessions(userId: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  }
  async countUserSessions(userId: string): Promise<number> {
    const r = await this.db.selectFrom("sessions").select((eb) => eb.fn.countAll<number | string>().as("n")).where("user_id", "=", userId).executeTakeFirstOrThrow();
    return num(r.n);
  }
  updateOrgName = (id: string, name: string) => orgAdmin.updateOrgName(this.db, id, name);
  getOrgStoredSettings = (id: string) => orgAdmin.getOrgStoredSettings(this.db, id);
  setOrgStoredSettings = (id: string, settings: Record<string, unknown>) => orgAdmin.setOrgStoredSettings(this.db, id, settings);
  updateGroupName = (id: string, name: string) => orgAdmin.updateGroupName(this.db, id, name);
  deleteGroup = (id: string) => orgAdmin.deleteGroup(this.db, id);
  listOrgMembers = (orgId: string) => orgAdmin.listOrgMembers(this.db, orgId);
  listGroupMembers = (groupId: string) => orgAdmin.listGroupMembers(this.db, groupId);
  listOrgGroupRoles = (orgId: string) => orgAdmin.listOrgGroupRoles(this.db, orgId);

  // The events aggregate (events-kysely.ts), on this store's connection or transaction.
  insertEvent(row: EventRow): Promise<void> { return kyselyEvents(this.db).insertEvent(row); }
  getEvent(id: string): Promise<EventRow | undefined> { return kyselyEvents(this.db).getEvent(id); }
  listEvents(q: EventQuery, page: Page): Promise<EventRow[]> { return kyselyEvents(this.db).listEvents(q, page); }
  countEvents(q: EventQuery): Promise<number> { return kyselyEvents(this.db).countEvents(q); }
  deleteEventsBefore(before: Date, limit: number): Promise<number> { return kyselyEvents(this.db).deleteEventsBefore(before, limit); }
}
