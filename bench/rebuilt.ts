// The cost of a list answer the server must build: each signed GET follows a
// write (a rename), so no cached answer or row can serve it. Sequential, one
// request at a time: this is the latency a client sees after a change, not a
// throughput.
import { authorization } from "../test/support/digest-client.ts";
import type { ConsoleClient, CreatedKey } from "./console-client.ts";
import { ACCEPT, digestNonce } from "./load.ts";

export interface Latency {
  label: string;
  p50: number;
  p99: number;
  samples: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

export async function rebuiltLatency(label: string, base: string, path: string, con: ConsoleClient, key: CreatedKey, samples = 200): Promise<Latency> {
  const nonce = await digestNonce(base, path);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await con.renameKey(key.id, `bench signer ${i}`);
    // One nonce, a fresh client nonce each time (authorization's default).
    const headers = { ...ACCEPT, Authorization: authorization({ method: "GET", uri: path, nonce, ...key }) };
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`rebuilt list: ${res.status}`);
  }
  times.sort((x, y) => x - y);
  const ms = (t: number) => Math.round(t * 10) / 10;
  return { label, p50: ms(percentile(times, 50)), p99: ms(percentile(times, 99)), samples };
}
