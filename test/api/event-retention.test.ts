// Retention: events past EVENTS_RETENTION_DAYS go, in batches of bounded size; newer ones stay.
import { describe, expect, it } from "vitest";
import { newEventId } from "../../server/domain/events.ts";
import { eventRetention, retentionDays } from "../../server/events-retention.ts";
import type { EventRow } from "../../server/store/events-types.ts";
import { storeCases } from "../support/stores.ts";

const DAY = 86_400_000;
const now = new Date("2026-12-07T00:00:00Z");

function event(orgId: string, daysAgo: number): EventRow {
  const created = new Date(now.getTime() - daysAgo * DAY);
  return {
    id: newEventId(created), orgId, groupId: null, type: "API_KEY_CREATED", created, actorKind: "operator", actorId: null,
    actorName: "test", remoteAddress: null, targetKeyId: null, targetPublicKey: null, whitelistEntry: null, targetUsername: null, details: null,
  };
}

describe("EVENTS_RETENTION_DAYS", () => {
  it("defaults to 365 and refuses what is not a whole number of days", () => {
    expect(retentionDays({})).toBe(365);
    expect(retentionDays({ EVENTS_RETENTION_DAYS: "30" })).toBe(30);
    for (const bad of ["0", "-1", "1.5", "abc", "1e9"]) expect(() => retentionDays({ EVENTS_RETENTION_DAYS: bad })).toThrow(/EVENTS_RETENTION_DAYS/);
  });
});

describe.each(storeCases)("event retention [$name]", (storeCase) => {
  it("deletes expired events in small batches and keeps the rest", async () => {
    const { store, dispose } = await storeCase.open();
    try {
      const orgId = "a".repeat(24);
      for (let i = 0; i < 25; i++) await store.insertEvent(event(orgId, 400 + i));
      for (let i = 0; i < 5; i++) await store.insertEvent(event(orgId, 364 - i));
      const batches: number[] = [];
      const counting = new Proxy(store, {
        get(target, property, receiver) {
          if (property !== "deleteEventsBefore") return Reflect.get(target, property, receiver) as unknown;
          return async (before: Date, limit: number) => {
            const n = await target.deleteEventsBefore(before, limit);
            batches.push(n);
            return n;
          };
        },
      });
      const retention = eventRetention({ store: counting, days: 365, now: () => now, batchSize: 10, pauseMs: 0 });
      expect(await retention.sweep()).toBe(25);
      expect(batches).toEqual([10, 10, 5]);
      expect(await store.countEvents({ orgId })).toBe(5);
      expect(await retention.sweep()).toBe(0);
    } finally {
      await dispose();
    }
  });
});
