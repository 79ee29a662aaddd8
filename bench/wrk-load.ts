// Load generation with wrk (C, one thread), driven by bench/wrk-digest.lua.
// Preferred when installed: autocannon spends more CPU reading a 38 KB answer
// than our server spends producing it, and the two share the machine's cores.
import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { digestNonce, type LoadOptions, type Measurement, type Scenario } from "./load.ts";

const SCRIPT = join(import.meta.dirname, "wrk-digest.lua");

export function wrkVersion(): string | undefined {
  const r = spawnSync("wrk", ["--version"], { encoding: "utf8" });
  if (r.error) return undefined;
  return /wrk (\S+)/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? "unknown";
}

interface WrkResult {
  requests: number;
  durationUs: number;
  bytes: number;
  non2xx: number;
  errors: number;
  p50Us: number;
  p99Us: number;
}

async function run(base: string, scenario: Scenario, connections: number, seconds: number): Promise<WrkResult> {
  const headerLines = Object.entries(scenario.headers ?? {}).map(([k, v]) => `${k}: ${v}`).join("\n") || "-";
  // A new nonce and client-nonce prefix per run: the server refuses a (nonce, cnonce, nc) it has seen.
  const signing = scenario.digest
    ? [scenario.digest.publicKey, scenario.digest.privateKey, await digestNonce(base, scenario.path), randomBytes(6).toString("hex")]
    : [];
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "-s", SCRIPT, base, "--", scenario.path, headerLines, ...signing];
  // Not spawnSync: a blocked event loop keeps sockets of our own fetches that the server closed meanwhile.
  const stdout = await new Promise<string>((ok, fail) =>
    execFile("wrk", args, { encoding: "utf8" }, (error, out, err) => (error ? fail(new Error(`wrk failed: ${error.message}\n${err}${out}`)) : ok(out))),
  );
  const line = stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`wrk printed no result: ${stdout}`);
  return JSON.parse(line) as WrkResult;
}

export async function measureWithWrk(base: string, scenario: Scenario, o: LoadOptions): Promise<Measurement> {
  await run(base, scenario, o.connections, o.warmupSeconds);
  const r = await run(base, scenario, o.connections, o.seconds);
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    label: scenario.label,
    rps: r.requests / (r.durationUs / 1e6),
    p50: ms(r.p50Us),
    p99: ms(r.p99Us),
    requests: r.requests,
    bytes: Math.round(r.bytes / Math.max(1, r.requests)),
    non2xx: r.non2xx,
    errors: r.errors,
  };
}
