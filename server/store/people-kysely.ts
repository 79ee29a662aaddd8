// The people aggregate over Kysely (SQLite and PostgreSQL); its tables are
// declared here and joined to the database type, as account-kysely.ts does.
import type { Kysely, Selectable } from "kysely";
import type { Database, Int8 } from "./schema.ts";
import type { GroupRoleAssignment, InvitationRow, LinkPurpose, LinkRow, PeopleStore } from "./people-types.ts";
import { ms, num, parseRoles, rolesText } from "./rows.ts";

interface InvitationsTable {
  org_id: string;
  user_id: string;
  org_roles: string;
  group_roles: string;
  inviter: string;
  created: Int8;
  expires: Int8;
}

interface UserLinksTable {
  token_hash: string;
  user_id: string;
  org_id: string;
  purpose: string;
  created: Int8;
  expires: Int8;
}

type PeopleDb = Kysely<Database & { invitations: InvitationsTable; user_links: UserLinksTable; user_accounts: { user_id: string }; recovery_codes: { user_id: string } }>;

function parseAssignments(text: string): GroupRoleAssignment[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error("stored project roles are not an array");
  return value.map((a: { groupId: string; groupRoles: unknown }) => ({ groupId: String(a.groupId), groupRoles: parseRoles(JSON.stringify(a.groupRoles)) }));
}

const toInvitation = (r: Selectable<InvitationsTable>): InvitationRow => ({
  orgId: r.org_id,
  userId: r.user_id,
  orgRoles: parseRoles(r.org_roles),
  groupRoles: parseAssignments(r.group_roles),
  inviter: r.inviter,
  created: new Date(num(r.created)),
  expires: new Date(num(r.expires)),
});

const toLink = (r: Selectable<UserLinksTable>): LinkRow => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  orgId: r.org_id,
  purpose: r.purpose as LinkPurpose,
  created: new Date(num(r.created)),
  expires: new Date(num(r.expires)),
});

export function kyselyPeople(database: Kysely<Database>): PeopleStore {
  const db = database as unknown as PeopleDb;
  return {
    async putInvitation(row) {
      const set = {
        org_roles: rolesText(row.orgRoles),
        group_roles: JSON.stringify(row.groupRoles),
        inviter: row.inviter,
        created: ms(row.created),
        expires: ms(row.expires),
      };
      await db.insertInto("invitations").values({ org_id: row.orgId, user_id: row.userId, ...set })
        .onConflict((oc) => oc.columns(["org_id", "user_id"]).doUpdateSet(set)).execute();
    },
    async getInvitation(orgId, userId) {
      const r = await db.selectFrom("invitations").selectAll().where("org_id", "=", orgId).where("user_id", "=", userId).executeTakeFirst();
      return r && toInvitation(r);
    },
    async listOrgInvitations(orgId) {
      const rows = await db.selectFrom("invitations").selectAll().where("org_id", "=", orgId).orderBy("created").orderBy("user_id").execute();
      return rows.map(toInvitation);
    },
    async countUserInvitations(userId) {
      const r = await db.selectFrom("invitations").select((eb) => eb.fn.countAll<number | string>().as("n")).where("user_id", "=", userId).executeTakeFirstOrThrow();
      return num(r.n);
    },
    async deleteInvitation(orgId, userId) {
      await db.deleteFrom("invitations").where("org_id", "=", orgId).where("user_id", "=", userId).execute();
    },
    async putLink(row) {
      await db.deleteFrom("user_links").where("user_id", "=", row.userId).where("org_id", "=", row.orgId).where("purpose", "=", row.purpose).execute();
      await db.insertInto("user_links").values({
        token_hash: row.tokenHash, user_id: row.userId, org_id: row.orgId, purpose: row.purpose, created: ms(row.created), expires: ms(row.expires),
      }).execute();
    },
    async peekLink(tokenHash) {
      const r = await db.selectFrom("user_links").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
      return r && toLink(r);
    },
    async takeLink(tokenHash) {
      const r = await db.deleteFrom("user_links").where("token_hash", "=", tokenHash).returningAll().executeTakeFirst();
      return r && toLink(r);
    },
    async deleteLinks(userId, orgId) {
      await db.deleteFrom("user_links").where("user_id", "=", userId).where("org_id", "=", orgId).execute();
    },
    async deleteOrgMembership(userId, orgId) {
      const groups = db.selectFrom("groups").select("id").where("org_id", "=", orgId);
      await db.deleteFrom("user_group_roles").where("user_id", "=", userId).where("group_id", "in", groups).execute();
      await db.deleteFrom("user_org_roles").where("user_id", "=", userId).where("org_id", "=", orgId).execute();
    },
    async deleteUserGroupRoles(userId, groupId) {
      await db.deleteFrom("user_group_roles").where("user_id", "=", userId).where("group_id", "=", groupId).execute();
    },
    async deleteUser(userId) {
      // The cascades spelled out, as kysely-org-admin.ts does: the same steps whatever a connection's foreign-key setting.
      for (const table of ["sessions", "user_org_roles", "user_group_roles", "invitations", "user_links", "user_accounts", "recovery_codes"] as const) {
        await db.deleteFrom(table).where("user_id", "=", userId).execute();
      }
      await db.deleteFrom("users").where("id", "=", userId).execute();
    },
  };
}
