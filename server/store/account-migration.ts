// Migration 0021_accounts: names and two-factor sign-in per user, recovery
// codes, and what the account page shows of a session (how far its sign-in
// got, the browser, the address, when it was last seen).
import { sql } from "kysely";
import type { Kysely, Migration } from "kysely";
import type { SqlDialect } from "./migrations.ts";

export function accountsMigration(dialect: SqlDialect): Migration {
  const key = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("user_accounts")
        .addColumn("user_id", key, (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("first_name", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("last_name", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("totp_secret_enc", "text")
        .addColumn("totp_pending_enc", "text")
        .addColumn("totp_last_step", "bigint")
        .execute();
      await db.schema
        .createTable("recovery_codes")
        .addColumn("user_id", key, (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("code_hash", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("recovery_codes_pk", ["user_id", "code_hash"])
        .execute();
      // "full" for every session that existed before two-factor sign-in did.
      await db.schema.alterTable("sessions").addColumn("stage", "text", (c) => c.notNull().defaultTo("full")).execute();
      await db.schema.alterTable("sessions").addColumn("user_agent", "text").execute();
      await db.schema.alterTable("sessions").addColumn("address", "text").execute();
      await db.schema.alterTable("sessions").addColumn("last_seen", "bigint").execute();
    },
  };
}
