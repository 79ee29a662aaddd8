// Retention of the activity feed: events older than EVENTS_RETENTION_DAYS
// (default 365) are deleted in small batches, one short statement each with a
// pause between, so requests keep getting their turn (on SQLite every query
// shares one connection). Several instances may run it at once: a delete of
// rows already gone deletes nothing.
import type { Store } from "./store/types.ts";

export const DEFAULT_RETENTION_DAYS = 365;

export function retentionDays(env: Record<string, string | undefined>): number {
  const text = env.EVENTS_RETENTION_DAYS;
  if (text === undefined || text === "") return DEFAULT_RETENTION_DAYS;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > 36_500) {
    throw new Error(`EVENTS_RETENTION_DAYS must be a whole number of days from 1 to 36500; got ${JSON.stringify(text)}.`);
  }
  return days;
}

export interface RetentionOptions {
  store: Store;
  days: number;
  now: () => Date;
  /** Rows per statement. */
  batchSize?: number;
  /** Between statements, so other queries run in between. */
  pauseMs?: number;
  /** Between sweeps. */
  intervalMs?: number;
}

export interface Retention {
  /** Deletes every expired event, batch by batch; resolves how many went. */
  sweep(): Promise<number>;
  /** Sweeps now, then every intervalMs. */
  start(): void;
  /** Stops sweeping; waits for a sweep under way to end its batch. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function eventRetention(options: RetentionOptions): Retention {
  const { store, days, now, batchSize = 500, pauseMs = 20, intervalMs = 3_600_000 } = options;
  let stopped = false;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function sweep(): Promise<number> {
    const before = new Date(now().getTime() - days * 86_400_000);
    let total = 0;
    for (;;) {
      const deleted = await store.deleteEventsBefore(before, batchSize);
      total += deleted;
      if (deleted < batchSize || stopped) return total;
      await sleep(pauseMs);
    }
  }
  const tick = () => {
    running ??= sweep()
      .catch((e: unknown) => {
        console.error("event retention sweep failed", e);
        return 0;
      })
      .finally(() => (running = undefined));
  };
  return {
    sweep,
    start() {
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
