// Schema migrations, in order, for both dialects. Migrator runs them by name
// (sorted), so names carry a zero-padded sequence number; never edit a
// migration that has shipped, add the next one.
import { sql } from "kysely";
import type { Kysely, Migration, MigrationProvider } from "kysely";
import { accountsMigration } from "./account-migration.ts";
import { eventsByGroupPartialMigration, eventsByKeyMigration, eventsMigration } from "./events-migration.ts";
import { changeCounterMigration } from "./pg-changes.ts";
import { peopleMigration } from "./people-migration.ts";
import { serviceAccountsMigration } from "./sa-migration.ts";

export type SqlDialect = "sqlite" | "postgres";

function initial(dialect: SqlDialect): Migration {
  // Lists sort by id (and cidr block) after time; PostgreSQL would otherwise
  // use the database's locale collation and order differently from SQLite and
  // the memory store (which compare bytes). SQLite has no "C" collation but
  // already compares bytes.
  const key = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("orgs")
        .addColumn("id", key, (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("api_access_list_required", "integer", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("groups")
        .addColumn("id", key, (c) => c.primaryKey())
        .addColumn("org_id", key, (c) => c.notNull().references("orgs.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("groups_org_created").on("groups").columns(["org_id", "created", "id"]).execute();

      await db.schema
        .createTable("users")
        .addColumn("id", key, (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("failed_logins", "integer", (c) => c.notNull())
        .addColumn("locked_until", "bigint")
        .addColumn("created", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("user_org_roles")
        .addColumn("user_id", key, (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("org_id", key, (c) => c.notNull().references("orgs.id").onDelete("cascade"))
        .addColumn("roles", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("user_org_roles_pk", ["user_id", "org_id"])
        .execute();

      await db.schema
        .createTable("user_group_roles")
        .addColumn("user_id", key, (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("group_id", key, (c) => c.notNull().references("groups.id").onDelete("cascade"))
        .addColumn("roles", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("user_group_roles_pk", ["user_id", "group_id"])
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", key, (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("expires", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sessions_expires").on("sessions").column("expires").execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

      await db.schema
        .createTable("api_keys")
        .addColumn("id", key, (c) => c.primaryKey())
        .addColumn("org_id", key, (c) => c.notNull().references("orgs.id").onDelete("cascade"))
        .addColumn("public_key", "text", (c) => c.notNull().unique())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("private_key_tail", "text", (c) => c.notNull())
        .addColumn("secret_enc", "text", (c) => c.notNull())
        .addColumn("org_roles", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("last_used", "bigint")
        .execute();
      await db.schema.createIndex("api_keys_org_created").on("api_keys").columns(["org_id", "created", "id"]).execute();

      await db.schema
        .createTable("key_groups")
        .addColumn("key_id", key, (c) => c.notNull().references("api_keys.id").onDelete("cascade"))
        .addColumn("group_id", key, (c) => c.notNull().references("groups.id").onDelete("cascade"))
        .addColumn("roles", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("key_groups_pk", ["key_id", "group_id"])
        .execute();
      await db.schema.createIndex("key_groups_group").on("key_groups").columns(["group_id", "key_id"]).execute();

      await db.schema
        .createTable("access_entries")
        .addColumn("key_id", key, (c) => c.notNull().references("api_keys.id").onDelete("cascade"))
        .addColumn("cidr_block", key, (c) => c.notNull())
        .addColumn("ip_address", "text")
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("last_used", "bigint")
        .addColumn("last_used_address", "text")
        .addColumn("request_count", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("access_entries_pk", ["key_id", "cidr_block"])
        .execute();
      await db.schema
        .createIndex("access_entries_key_created")
        .on("access_entries")
        .columns(["key_id", "created", "cidr_block"])
        .execute();
    },
  };
}

/** The org settings kept as given (everything but apiAccessListRequired), as a JSON object. */
const orgSettings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("orgs").addColumn("settings", "text", (c) => c.notNull().defaultTo("{}")).execute();
  },
};

/** Migrations from code rather than files, so bundlers and tsx need no directory scan. */
export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  return {
    async getMigrations() {
      return {
        "0001_initial": initial(dialect),
        "0003_org_settings": orgSettings,
        "0004_change_counter": changeCounterMigration(dialect),
        "0007_events": eventsMigration(dialect),
        "0009_events_by_key": eventsByKeyMigration,
        "0010_events_by_group_partial": eventsByGroupPartialMigration,
        "0011_service_accounts": serviceAccountsMigration(dialect),
        "0021_accounts": accountsMigration(dialect),
        "0022_people": peopleMigration(dialect),
      };
    },
  };
}
