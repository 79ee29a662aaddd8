// The Kysely half of the org-administration part of the Store: org names and
// stored settings, project rename and delete, members. KyselyStore delegates here.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { parseRoles, toUser } from "./rows.ts";
import { byEmail } from "./memory-org-admin.ts";
import type { Member, MembershipRow } from "./types.ts";

export async function updateOrgName(db: Kysely<Database>, id: string, name: string): Promise<void> {
  await db.updateTable("orgs").set({ name }).where("id", "=", id).execute();
}

export async function getOrgStoredSettings(db: Kysely<Database>, id: string): Promise<Record<string, unknown>> {
  const r = await db.selectFrom("orgs").select("settings").where("id", "=", id).executeTakeFirst();
  const parsed: unknown = r ? JSON.parse(r.settings) : {};
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

export async function setOrgStoredSettings(db: Kysely<Database>, id: string, settings: Record<string, unknown>): Promise<void> {
  await db.updateTable("orgs").set({ settings: JSON.stringify(settings) }).where("id", "=", id).execute();
}

export async function updateGroupName(db: Kysely<Database>, id: string, name: string): Promise<void> {
  await db.updateTable("groups").set({ name }).where("id", "=", id).execute();
}

export async function deleteGroup(db: Kysely<Database>, id: string): Promise<void> {
  // The cascades spelled out, as the memory store does them: the same three
  // steps everywhere, whatever a connection's foreign-key setting.
  await db.deleteFrom("key_groups").where("group_id", "=", id).execute();
  await db.deleteFrom("user_group_roles").where("group_id", "=", id).execute();
  await db.deleteFrom("groups").where("id", "=", id).execute();
}

export async function listOrgMembers(db: Kysely<Database>, orgId: string): Promise<Member[]> {
  const rows = await db.selectFrom("user_org_roles").innerJoin("users", "users.id", "user_org_roles.user_id")
    .selectAll("users").select("user_org_roles.roles as member_roles")
    .where("user_org_roles.org_id", "=", orgId).execute();
  return byEmail(rows.map((r) => ({ user: toUser(r), roles: parseRoles(r.member_roles) })));
}

export async function listGroupMembers(db: Kysely<Database>, groupId: string): Promise<Member[]> {
  const rows = await db.selectFrom("user_group_roles").innerJoin("users", "users.id", "user_group_roles.user_id")
    .selectAll("users").select("user_group_roles.roles as member_roles")
    .where("user_group_roles.group_id", "=", groupId).execute();
  return byEmail(rows.map((r) => ({ user: toUser(r), roles: parseRoles(r.member_roles) })));
}

export async function listOrgGroupRoles(db: Kysely<Database>, orgId: string): Promise<(MembershipRow & { orgId: string })[]> {
  const rows = await db.selectFrom("user_group_roles").innerJoin("groups", "groups.id", "user_group_roles.group_id")
    .select(["user_group_roles.user_id", "user_group_roles.group_id", "user_group_roles.roles"])
    .where("groups.org_id", "=", orgId).orderBy("user_group_roles.group_id").execute();
  return rows.map((r) => ({ userId: r.user_id, scopeId: r.group_id, roles: parseRoles(r.roles), orgId }));
}
