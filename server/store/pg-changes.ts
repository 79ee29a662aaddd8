// PostgreSQL's answer to "may the committed data have changed?", for the read
// caches (docs/decisions/0005-postgres-read-caches.md). One row, am_changes.n,
// grows in the same transaction as every write to any table of the schema, by
// a trigger, so a rolled-back write moves nothing and a commit by anyone (the
// other instances, the CLI, psql) moves it the moment it becomes visible.
import { sql } from "kysely";
import type { Kysely, Migration } from "kysely";
import type { SqlDialect } from "./migrations.ts";

const COUNTER = "am_changes";
const BUMP = "am_changes_bump";

/**
 * Migration 0004: the counter and the trigger function. Nothing on SQLite,
 * whose own generation needs no table (generation.ts).
 *
 * The function bumps once per transaction (a transaction-local setting
 * remembers it did) and is attached as a DEFERRED constraint trigger, so it
 * runs at COMMIT: the counter row is locked only for the commit itself, never
 * while a transaction still waits for other locks (lockOrg), which would
 * deadlock writers of two orgs. `search_path from current` pins the schema the
 * migration ran in, whatever the writing session's search_path.
 */
export function changeCounterMigration(dialect: SqlDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== "postgres") return;
      await sql`create table ${sql.table(COUNTER)} (id integer primary key check (id = 1), n bigint not null)`.execute(db);
      await sql`insert into ${sql.table(COUNTER)} (id, n) values (1, 0)`.execute(db);
      await sql`
        create function ${sql.id(BUMP)}() returns trigger language plpgsql set search_path from current as $$
        begin
          if coalesce(current_setting('am.changes_bumped', true), '') <> 'y' then
            update ${sql.raw(COUNTER)} set n = n + 1 where id = 1;
            perform set_config('am.changes_bumped', 'y', true);
          end if;
          return null;
        end $$`.execute(db);
    },
  };
}

/**
 * Attaches the bump to every table of the current schema that lacks it, at
 * each start after the migrations: tables that later migrations add are
 * covered without each of them having to remember. Row triggers, deferred;
 * TRUNCATE fires no row trigger, so it gets a statement one. Under an advisory
 * lock, as several instances may start at once.
 */
export async function attachChangeTriggers<DB>(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.am_changes'))`.execute(trx);
    const { rows } = await sql<{ name: string }>`
      select c.relname as name from pg_class c join pg_namespace s on s.oid = c.relnamespace
      where s.nspname = current_schema() and c.relkind in ('r', 'p')
        and c.relname <> ${COUNTER} and c.relname not like 'kysely\\_%'
        and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = ${BUMP})
      order by c.relname`.execute(trx);
    for (const { name } of rows) {
      await sql`create constraint trigger ${sql.id(BUMP)} after insert or update or delete on ${sql.table(name)}
        deferrable initially deferred for each row execute function ${sql.id(BUMP)}()`.execute(trx);
      await sql`create trigger ${sql.id(`${BUMP}_truncate`)} after truncate on ${sql.table(name)}
        for each statement execute function ${sql.id(BUMP)}()`.execute(trx);
    }
  });
}

/** The query a request's freshness check runs: one index-free read of one row. */
export const READ_COUNTER = { name: "am_changes_read", text: `select n::text as n from ${COUNTER} where id = 1` };
