// Migration 0007_events: the append-only events table and the indexes the
// feed's queries walk newest first (the org's, by type or not; a project's),
// and retention's (by time alone). Each index costs every recorded change a
// little (bench/events.ts): a project's feed filtered by type walks the
// project's time index. 0009 adds a key's history (targetApiKeyId); 0010
// leaves org-level events out of the project index.
import { sql } from "kysely";
import type { Kysely, Migration } from "kysely";
import type { SqlDialect } from "./migrations.ts";

export function eventsMigration(dialect: SqlDialect): Migration {
  // Byte order for ids, as in 0001 (see its comment).
  const key = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      // No foreign keys: an event outlives the key, entry or project it names.
      await db.schema
        .createTable("events")
        .addColumn("id", key, (c) => c.primaryKey())
        .addColumn("org_id", key, (c) => c.notNull())
        .addColumn("group_id", key)
        .addColumn("event_type", key, (c) => c.notNull())
        .addColumn("created", "bigint", (c) => c.notNull())
        .addColumn("actor_kind", "text")
        .addColumn("actor_id", "text")
        .addColumn("actor_name", "text")
        .addColumn("remote_address", "text")
        .addColumn("target_key_id", key)
        .addColumn("target_public_key", "text")
        .addColumn("whitelist_entry", "text")
        .addColumn("target_username", "text")
        .addColumn("details", "text")
        .execute();
      const index = (name: string, columns: string[]) => db.schema.createIndex(name).on("events").columns(columns).execute();
      await index("events_org_created", ["org_id", "created", "id"]);
      await index("events_org_type_created", ["org_id", "event_type", "created", "id"]);
      await index("events_group_created", ["group_id", "created", "id"]);
      await index("events_created", ["created"]);
    },
  };
}

/**
 * Migration 0009_events_by_key: a key's history (?targetApiKeyId=) newest
 * first. Partial: sign-ins and settings name no key, and need not pay for it.
 */
export const eventsByKeyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("events_target_key_created")
      .on("events")
      .columns(["target_key_id", "created", "id"])
      .where(sql.ref("target_key_id"), "is not", null)
      .execute();
  },
};

/**
 * Migration 0010_events_by_group_partial: the project feed's index without the
 * org-level events (key created or deleted, settings, sign-ins), which no
 * project feed reads: those inserts skip one index. `group_id = ?` implies
 * the index's condition on both databases.
 */
export const eventsByGroupPartialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex("events_group_created").execute();
    await db.schema
      .createIndex("events_group_created")
      .on("events")
      .columns(["group_id", "created", "id"])
      .where(sql.ref("group_id"), "is not", null)
      .execute();
  },
};
