// The real server as a child process (node --import tsx server/main.ts), for
// the benchmark and for the API tests that need separate processes. PORT=0
// lets the OS choose a free port; we read the one it chose from the start line.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "..");

export type ProcessEnv = Record<string, string | undefined>;

export interface ServerProcess {
  base: string;
  /** Everything the process wrote so far (stdout, then stderr). */
  output(): string;
  /** Signals the process and waits for it to exit; SIGKILL after 10 s. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function childEnv(env: ProcessEnv): NodeJS.ProcessEnv {
  const merged: ProcessEnv = { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env };
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
}

export interface StartOptions {
  timeoutMs?: number;
  /** Go before the script, e.g. ["--cpu-prof"] for the benchmark's BENCH_PROFILE. */
  nodeArgs?: string[];
}

export async function startServerProcess(env: ProcessEnv, { timeoutMs = 30_000, nodeArgs = [] }: StartOptions = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/main.ts"], {
    cwd: REPO_ROOT,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const exited = new Promise<number | null>((ok) => child.once("exit", (code) => ok(code)));
  const output = () => `${stdout}${stderr}`;

  const base = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const onData = () => {
      const url = /Access Manager on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      ok(url);
    };
    child.stdout.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before listening:\n${output()}`));
    });
  });

  return {
    base,
    output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Runs the operator CLI (server/cli.ts) with the same env as a server; resolves its stdout. */
export async function runCli(args: string[], env: ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/cli.ts", ...args], {
    cwd: REPO_ROOT,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const code = await new Promise<number | null>((ok) => child.once("exit", (c) => ok(c)));
  if (code !== 0) throw new Error(`cli ${args.join(" ")} exited with ${code}: ${stderr}`);
  return stdout;
}
