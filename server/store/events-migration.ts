// Migration 0007_events: the append-only events table and the indexes the
// feed's queries walk newest first (the org's, by type or not; a project's),
// and retention's (by time alone). Each index costs every recorded change a
// little (bench/events.ts): a project's feed filtered by type walks the
// project's time index, and a key's history has no index of its own yet.
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
