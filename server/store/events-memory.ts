// The events aggregate in memory (mock backend and tests), over an array the
// MemoryStore keeps in its state, so its transactions roll events back too.
import type { EventQuery, EventRow, EventStore } from "./events-types.ts";
import type { Page } from "./types.ts";
import { UniqueViolation } from "./types.ts";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: EventRow, b: EventRow): number => b.created.getTime() - a.created.getTime() || cmp(b.id, a.id);

function matches(e: EventRow, q: EventQuery): boolean {
  const t = e.created.getTime();
  return (
    (q.orgId === undefined || e.orgId === q.orgId) &&
    (q.groupId === undefined || e.groupId === q.groupId) &&
    (!q.types?.length || q.types.includes(e.type)) &&
    (!q.minDate || t >= q.minDate.getTime()) &&
    (!q.maxDate || t <= q.maxDate.getTime()) &&
    (q.targetKeyId === undefined || e.targetKeyId === q.targetKeyId) &&
    (!q.onlyGroups || e.groupId === null || q.onlyGroups.includes(e.groupId))
  );
}

/** `events` gives the current array: the MemoryStore swaps its state when a transaction rolls back. */
export function memoryEvents(events: () => EventRow[], run: <T>(op: () => T) => Promise<T>): EventStore {
  return {
    insertEvent: (row) => run(() => {
      if (events().some((e) => e.id === row.id)) throw new UniqueViolation(`event ${row.id}`);
      events().push(structuredClone(row));
    }),
    getEvent: (id) => run(() => structuredClone(events().find((e) => e.id === id))),
    listEvents: (q: EventQuery, page: Page) =>
      run(() => structuredClone(events().filter((e) => matches(e, q)).sort(newestFirst).slice(page.offset, page.offset + page.limit))),
    countEvents: (q) => run(() => events().filter((e) => matches(e, q)).length),
    deleteEventsBefore: (before, limit) => run(() => {
      const all = events();
      const old = all.filter((e) => e.created.getTime() < before.getTime()).sort((a, b) => -newestFirst(a, b)).slice(0, limit);
      const gone = new Set(old.map((e) => e.id));
      let kept = 0;
      for (const e of all) if (!gone.has(e.id)) all[kept++] = e;
      all.length = kept;
      return gone.size;
    }),
  };
}
