// The benchmark's table, the machine it ran on, and its section of BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import type { Measurement } from "./load.ts";
import type { Latency } from "./rebuilt.ts";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** The machine, and its 1-minute load average before the run (other work on it skews the figures). */
export function machine(loadBefore = loadavg()[0] ?? 0): string {
  const cpu = cpus();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  const date = new Date().toISOString().slice(0, 10);
  return `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${memory} RAM, Node ${process.version}, ${date}, load average ${loadBefore.toFixed(2)} before the run`;
}

export function table(rows: Measurement[]): string {
  const lines = [
    "| Scenario | req/s | p50 ms | p99 ms | bytes/response | requests | non-2xx | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((m) => `| ${m.label} | ${Math.round(m.rps)} | ${m.p50} | ${m.p99} | ${m.bytes} | ${m.requests} | ${m.non2xx} | ${m.errors} |`),
  ];
  return lines.join("\n");
}

export function latencyTable(rows: Latency[]): string {
  const lines = [
    "| Built anew (one request at a time) | p50 ms | p99 ms | samples |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map((l) => `| ${l.label} | ${l.p50} | ${l.p99} | ${l.samples} |`),
  ];
  return lines.join("\n");
}

export function section(body: string): string {
  return `${START}\n${body.trim()}\n${END}`;
}

/** Replaces the marked section of the file, keeping everything around it; appends it if absent. */
export function writeSection(file: string, body: string): void {
  const intro = "# Benchmarks\n\nWritten by `npm run bench` (bench/run.ts); the text outside the markers is kept.\n\n";
  const current = existsSync(file) ? readFileSync(file, "utf8") : intro;
  const from = current.indexOf(START);
  const to = current.indexOf(END, from);
  const next =
    from >= 0 && to >= 0
      ? `${current.slice(0, from)}${section(body)}${current.slice(to + END.length)}`
      : `${current.trimEnd()}\n\n${section(body)}\n`;
  writeFileSync(file, next);
}
