// The ratio a/b of two scenarios on a machine whose speed drifts. Measured
// one after the other, (a) and (b) see different machines: on a shared VM the
// trivial route alone has measured 20k to 39k req/s in consecutive 3 s runs.
// So (a) and (b) are measured side by side in many short rounds, alternating
// which goes first (ab, ba, ab, ...), and the ratio is the median of the
// rounds' ratios, reported with its quartiles so the spread is visible.
import type { Measurement, Scenario } from "./load.ts";

export interface Round {
  a: Measurement;
  b: Measurement;
  ratio: number;
}

export interface Rounds {
  rounds: Round[];
  /** The round whose ratio is the median (an odd count of rounds has one). */
  median: Round;
  /** The 25th and 75th percentiles of the rounds' ratios. */
  quartiles: [number, number];
}

/** The value at fraction q of sorted values, interpolated between neighbours. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) throw new Error("no values");
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}

export async function measureRounds(
  count: number,
  measure: (s: Scenario) => Promise<Measurement>,
  a: Scenario,
  b: Scenario,
  onRound: (r: Round, index: number) => void = () => {},
): Promise<Rounds> {
  if (count < 1 || count % 2 === 0) throw new Error("the count of rounds must be odd");
  const rounds: Round[] = [];
  for (let i = 0; i < count; i++) {
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    const one = await measure(first);
    const other = await measure(second);
    const [ma, mb] = i % 2 === 0 ? [one, other] : [other, one];
    const round = { a: ma, b: mb, ratio: ma.rps / mb.rps };
    onRound(round, i);
    rounds.push(round);
  }
  const byRatio = [...rounds].sort((x, y) => x.ratio - y.ratio);
  const median = byRatio[(count - 1) / 2];
  if (!median) throw new Error("no rounds measured");
  const ratios = byRatio.map((r) => r.ratio);
  return { rounds, median, quartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)] };
}
