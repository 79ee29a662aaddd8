// Migration 0011_service_accounts: accounts, project assignments, secrets,
// access lists and live tokens. Everything of an account goes with it (ON
// DELETE CASCADE), tokens go with the secret that minted them, assignments
// with their project. Secrets and tokens are keyed hashes (sa-types.ts).
import { sql } from "kysely";
import type { Kysely, Migration } from "kysely";
import type { SqlDialect } from "./migrations.ts";

export function serviceAccountsMigration(dialect: SqlDialect): Migration {
  // Byte order for ids, as in 0001 (see its comment).
  const key = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("service_accounts")
        .addColumn("client_id", key, (c) => c.primaryKey())
        .addColumn("org_id", key, (c) => c.notNull().references("orgs.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("org_roles", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("service_accounts_org_created").on("service_accounts").columns(["org_id", "created", "client_id"]).execute();

      await db.schema
        .createTable("sa_groups")
        .addColumn("client_id", key, (c) => c.notNull().references("service_accounts.client_id").onDelete("cascade"))
        .addColumn("group_id", key, (c) => c.notNull().references("groups.id").onDelete("cascade"))
        .addColumn("roles", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("sa_groups_pk", ["client_id", "group_id"])
        .execute();
      await db.schema.createIndex("sa_groups_group").on("sa_groups").columns(["group_id", "client_id"]).execute();

      await db.schema
        .createTable("sa_secrets")
        .addColumn("id", key, (c) => c.primaryKey())
        .addColumn("client_id", key, (c) => c.notNull().references("service_accounts.client_id").onDelete("cascade"))
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("tail", "text", (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("expires", "bigint", (c) => c.notNull())
        .addColumn("last_used", "bigint")
        .execute();
      await db.schema.createIndex("sa_secrets_client").on("sa_secrets").columns(["client_id", "created", "id"]).execute();

      await db.schema
        .createTable("sa_access_entries")
        .addColumn("client_id", key, (c) => c.notNull().references("service_accounts.client_id").onDelete("cascade"))
        .addColumn("cidr_block", key, (c) => c.notNull())
        .addColumn("ip_address", "text")
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("last_used", "bigint")
        .addColumn("last_used_address", "text")
        .addColumn("request_count", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("sa_access_entries_pk", ["client_id", "cidr_block"])
        .execute();

      await db.schema
        .createTable("sa_tokens")
        .addColumn("hash", "text", (c) => c.primaryKey())
        .addColumn("client_id", key, (c) => c.notNull().references("service_accounts.client_id").onDelete("cascade"))
        .addColumn("secret_id", key, (c) => c.notNull().references("sa_secrets.id").onDelete("cascade"))
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("expires", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sa_tokens_client_expires").on("sa_tokens").columns(["client_id", "expires"]).execute();
      await db.schema.createIndex("sa_tokens_secret").on("sa_tokens").column("secret_id").execute();
    },
  };
}
