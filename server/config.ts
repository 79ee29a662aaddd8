// Reads the process environment once, with defaults for a laptop.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  secret: string;
  /** CIDRs of proxies whose X-Forwarded-For is believed. */
  trustProxy: string[];
  adminEmail?: string;
  adminPassword?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? "./data");
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    host: env.HOST ?? "127.0.0.1",
    port: Number(env.PORT ?? 8080),
    dataDir,
    databaseUrl,
    secret: serverSecret(env.AM_SECRET, dataDir, databaseUrl),
    trustProxy: (env.TRUST_PROXY ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    adminEmail: env.AM_ADMIN_EMAIL || undefined,
    adminPassword: env.AM_ADMIN_PASSWORD || undefined,
  };
}

/**
 * AM_SECRET, or one generated into DATA_DIR (mode 0600) for a single
 * instance. Several instances on PostgreSQL must share it, so there it is required.
 */
function serverSecret(fromEnv: string | undefined, dataDir: string, databaseUrl: string | undefined): string {
  if (fromEnv) return fromEnv;
  if (databaseUrl) throw new Error("AM_SECRET must be set when DATABASE_URL is set: every instance needs the same secret.");
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}
