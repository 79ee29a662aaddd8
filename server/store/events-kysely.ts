// The events aggregate over Kysely (SQLite and PostgreSQL). The table is
// declared here, not in schema.ts, and joined to the database type with
// withTables, so the events code stays in its own files.
import type { ColumnType, Kysely, Selectable } from "kysely";
import type { Database } from "./schema.ts";
import type { EventActorKind, EventDetails, EventQuery, EventRow, EventStore } from "./events-types.ts";
import { ms, num } from "./rows.ts";
import type { Page } from "./types.ts";

type Int8 = ColumnType<number | string, number, number>;

interface EventsTable {
  id: string;
  org_id: string;
  group_id: string | null;
  event_type: string;
  created: Int8;
  actor_kind: string | null;
  actor_id: string | null;
  actor_name: string | null;
  remote_address: string | null;
  target_key_id: string | null;
  target_public_key: string | null;
  whitelist_entry: string | null;
  target_username: string | null;
  details: string | null;
}

type EventsDb = Kysely<Database & { events: EventsTable }>;

/** Pages up to this deep are merged from one query per type; deeper ones use a single query. */
const MERGE_WINDOW = 2_000;

const newestFirst = (a: EventRow, b: EventRow): number =>
  b.created.getTime() - a.created.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function toEvent(r: Selectable<EventsTable>): EventRow {
  return {
    id: r.id,
    orgId: r.org_id,
    groupId: r.group_id,
    type: r.event_type,
    created: new Date(Number(r.created)),
    actorKind: r.actor_kind as EventActorKind | null,
    actorId: r.actor_id,
    actorName: r.actor_name,
    remoteAddress: r.remote_address,
    targetKeyId: r.target_key_id,
    targetPublicKey: r.target_public_key,
    whitelistEntry: r.whitelist_entry,
    targetUsername: r.target_username,
    details: r.details === null ? null : (JSON.parse(r.details) as EventDetails),
  };
}

function filtered(db: EventsDb, q: EventQuery) {
  let s = db.selectFrom("events");
  if (q.orgId !== undefined) s = s.where("org_id", "=", q.orgId);
  if (q.groupId !== undefined) s = s.where("group_id", "=", q.groupId);
  if (q.types?.length) s = s.where("event_type", "in", q.types);
  if (q.minDate) s = s.where("created", ">=", ms(q.minDate));
  if (q.maxDate) s = s.where("created", "<=", ms(q.maxDate));
  if (q.targetKeyId !== undefined) s = s.where("target_key_id", "=", q.targetKeyId);
  const only = q.onlyGroups;
  if (only) {
    s = s.where((eb) => (only.length ? eb.or([eb("group_id", "is", null), eb("group_id", "in", only)]) : eb("group_id", "is", null)));
  }
  return s;
}

/** One walk of the feed, newest first: the statement listEvents runs (also for EXPLAIN in bench/events-explain.ts). */
export function newestEventsQuery(plain: Kysely<Database>, q: EventQuery, limit: number, offset: number) {
  const db = plain.withTables<{ events: EventsTable }>();
  return filtered(db, q).selectAll().orderBy("created", "desc").orderBy("id", "desc").limit(limit).offset(offset);
}

/** The count of a feed: the statement countEvents runs. */
export function countEventsQuery(plain: Kysely<Database>, q: EventQuery) {
  const db = plain.withTables<{ events: EventsTable }>();
  return filtered(db, q).select((eb) => eb.fn.countAll<number | string>().as("n"));
}

export function kyselyEvents(plain: Kysely<Database>): EventStore {
  const db = plain.withTables<{ events: EventsTable }>();
  return {
    async insertEvent(e) {
      await db.insertInto("events").values({
        id: e.id, org_id: e.orgId, group_id: e.groupId, event_type: e.type, created: ms(e.created),
        actor_kind: e.actorKind, actor_id: e.actorId, actor_name: e.actorName, remote_address: e.remoteAddress,
        target_key_id: e.targetKeyId, target_public_key: e.targetPublicKey, whitelist_entry: e.whitelistEntry,
        target_username: e.targetUsername, details: e.details === null ? null : JSON.stringify(e.details),
      }).execute();
    },
    async getEvent(id) {
      const r = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
      return r && toEvent(r);
    },
    async listEvents(q: EventQuery, page: Page) {
      const newest = (query: EventQuery, limit: number, offset: number) => newestEventsQuery(plain, query, limit, offset).execute();
      const types = q.types ?? [];
      // A key's history walks its own index (a key has few events): no merge.
      const single = types.length < 2 || q.targetKeyId !== undefined || page.offset + page.limit > MERGE_WINDOW;
      if (single) return (await newest(q, page.limit, page.offset)).map(toEvent);
      // Several types: one walk of events_org_type_created per type, merged. A single
      // "type in (...)" query walks the org's time index instead and, for rare
      // types, reads every event of the period to fill a page.
      const perType = await Promise.all(types.map((t) => newest({ ...q, types: [t] }, page.offset + page.limit, 0)));
      const merged = perType.flat().map(toEvent).sort(newestFirst);
      return merged.slice(page.offset, page.offset + page.limit);
    },
    async countEvents(q) {
      const r = await countEventsQuery(plain, q).executeTakeFirstOrThrow();
      return num(r.n);
    },
    async deleteEventsBefore(before, limit) {
      // A bounded batch: the subquery walks events_created oldest first.
      const oldest = db.selectFrom("events").select("id").where("created", "<", ms(before)).orderBy("created").limit(limit);
      const result = await db.deleteFrom("events").where("id", "in", oldest).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
