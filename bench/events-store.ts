// The feed's query as the server runs it (store.listEvents + countEvents), in
// process and one at a time: the database's share of the HTTP figures, which
// on a busy shared machine also carry the scheduler's noise.
import { openStore, type StoreOptions } from "../server/store/open-store.ts";

export async function storeQueryLatency(options: StoreOptions, orgId: string, now: number, samples: number): Promise<{ p50: number; p99: number }> {
  const store = await openStore(options);
  try {
    const times: number[] = [];
    for (let i = -20; i < samples; i++) {
      const query = { orgId, types: ["API_KEY_ACCESS_LIST_ENTRY_ADDED"], minDate: new Date(now - 30 * 86_400_000 + i), maxDate: new Date(now) };
      const started = performance.now();
      await Promise.all([store.listEvents(query, { offset: 0, limit: 101 }), store.countEvents(query)]);
      if (i >= 0) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round((times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN) * 10) / 10;
    return { p50: at(0.5), p99: at(0.99) };
  } finally {
    await store.close();
  }
}
