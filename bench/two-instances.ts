// Row (f): two server processes on one PostgreSQL database, each loaded by its
// own load generator at the same time with half the connections, as a load
// balancer would spread them. Throughput is the sum; latency the worse of the
// two (p50 and p99 of either instance's clients).
import type { LoadOptions, Measurement, Scenario } from "./load.ts";

export async function measureTogether(
  bases: string[],
  scenario: Scenario,
  load: LoadOptions,
  measure: (base: string, scenario: Scenario, o: LoadOptions) => Promise<Measurement>,
): Promise<Measurement> {
  const share = { ...load, connections: Math.max(1, Math.round(load.connections / bases.length)) };
  const each = await Promise.all(bases.map((base) => measure(base, scenario, share)));
  const sum = (pick: (m: Measurement) => number) => each.reduce((total, m) => total + pick(m), 0);
  const requests = sum((m) => m.requests);
  return {
    label: scenario.label,
    rps: sum((m) => m.rps),
    p50: Math.max(...each.map((m) => m.p50)),
    p99: Math.max(...each.map((m) => m.p99)),
    requests,
    bytes: Math.round(sum((m) => m.bytes * m.requests) / Math.max(1, requests)),
    non2xx: sum((m) => m.non2xx),
    errors: sum((m) => m.errors),
  };
}
