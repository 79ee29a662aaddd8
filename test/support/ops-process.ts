// For the operations tests: run server/main.ts or server/cli.ts as the real
// process and collect what it printed, its exit code and how long it took;
// and PostgreSQL databases of their own, created and dropped per test.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { REPO_ROOT, type ProcessEnv } from "../../bench/server-process.ts";

export interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  /** Run as this uid/gid (root only): lets root see "permission denied". */
  uid?: number;
  /** Killed after this long; the result then has code null. */
  killAfterMs?: number;
}

function cleanEnv(env: ProcessEnv): NodeJS.ProcessEnv {
  const merged: ProcessEnv = { ...process.env, HOST: "127.0.0.1", PORT: "0", LOG_REQUESTS: "0", DEBUG: undefined, ...env };
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Runs `node --import tsx <script> ...args` to its end. */
export function runScript(script: string, args: string[], env: ProcessEnv, options: RunOptions = {}): Promise<Exited> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: REPO_ROOT,
      env: cleanEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const killer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 30_000);
    child.once("close", (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

export const runServer = (env: ProcessEnv, options?: RunOptions) => runScript("server/main.ts", [], env, options);

export function cli(env: ProcessEnv, ...args: string[]): Promise<Exited> {
  return runScript("server/cli.ts", args, env);
}

/** Runs a CLI command that must succeed and returns its JSON document. */
export async function cliJson<T = Record<string, unknown>>(env: ProcessEnv, ...args: string[]): Promise<T> {
  const res = await cli(env, ...args);
  if (res.code !== 0) throw new Error(`cli ${args.join(" ")} exited ${res.code}: ${res.stderr}`);
  return JSON.parse(res.stdout) as T;
}

export const DATABASE_URL = process.env.DATABASE_URL;

/** A PostgreSQL database of the test's own, and its URL; drop() removes it. */
export async function newPgDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const name = `am_ops_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

