// Migration 0022_people: invitations (pending org members with the roles they
// will get), one-time links (invitation, password reset) as keyed hashes, and
// when each user last signed in (Atlas's lastAuth, for the Users tab).
import { sql } from "kysely";
import type { Kysely, Migration } from "kysely";
import type { SqlDialect } from "./migrations.ts";

export function peopleMigration(dialect: SqlDialect): Migration {
  const key = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("invitations")
        .addColumn("org_id", key, (c) => c.notNull().references("orgs.id").onDelete("cascade"))
        .addColumn("user_id", key, (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("org_roles", "text", (c) => c.notNull())
        .addColumn("group_roles", "text", (c) => c.notNull())
        .addColumn("inviter", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("expires", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("invitations_pk", ["org_id", "user_id"])
        .execute();
      await db.schema.createIndex("invitations_user").on("invitations").column("user_id").execute();
      await db.schema
        .createTable("user_links")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", key, (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("org_id", key, (c) => c.notNull().references("orgs.id").onDelete("cascade"))
        .addColumn("purpose", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("expires", "bigint", (c) => c.notNull())
        .execute();
      // One live link per person, org and purpose: putLink replaces, and two racing puts cannot both stay.
      await db.schema.alterTable("user_accounts").addColumn("last_auth", "bigint").execute();
      await db.schema.createIndex("user_links_one").on("user_links").columns(["user_id", "org_id", "purpose"]).unique().execute();
    },
  };
}
