// Reads the process environment once, with defaults for a laptop. Values that
// cannot work are StartupErrors naming the variable and the fix.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { StartupError } from "./startup/startup-error.ts";

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** DATA_DIR was set: it must exist rather than be created. */
  dataDirNamed: boolean;
  databaseUrl?: string;
  /** AM_SECRET; when unset, loadSecret generates one into DATA_DIR. */
  secretFromEnv?: string;
  /** CIDRs of proxies whose X-Forwarded-For is believed. */
  trustProxy: string[];
  adminEmail?: string;
  adminPassword?: string;
  /** SMTP_URL: invitations are also e-mailed through it. */
  smtpUrl?: string;
  /** SMTP_FROM: the sender of those e-mails. */
  mailFrom: string;
  /** PUBLIC_URL: the console's origin as users reach it, for one-time links (behind a proxy). */
  publicUrl?: string;
}

export const SECRET_FILE = "secret";

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new StartupError("DATABASE_URL is not a postgres:// URL", "set it to postgres://USER:PASSWORD@HOST:5432/DATABASE, or unset it to use SQLite");
  }
  if (databaseUrl && !env.AM_SECRET) {
    throw new StartupError("AM_SECRET is not set but DATABASE_URL is", "set AM_SECRET to the same long random value on every instance (e.g. openssl rand -base64 32)");
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new StartupError("SMTP_URL is not an smtp:// or smtps:// URL", "set it to smtp://USER:PASSWORD@HOST:587 (or smtps://...:465), or unset it to send no e-mail");
  }
  const publicUrl = env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, "") : undefined;
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl)) {
    throw new StartupError("PUBLIC_URL is not an origin", "set it to the console's address as users reach it, e.g. https://access.example.com");
  }
  return {
    smtpUrl,
    mailFrom: env.SMTP_FROM || "Access Manager <access-manager@localhost>",
    publicUrl,
    host: env.HOST || "127.0.0.1",
    port: port(env.PORT),
    dataDir: resolve(env.DATA_DIR || "./data"),
    dataDirNamed: Boolean(env.DATA_DIR),
    databaseUrl,
    secretFromEnv: env.AM_SECRET || undefined,
    trustProxy: (env.TRUST_PROXY ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    adminEmail: env.AM_ADMIN_EMAIL || undefined,
    adminPassword: env.AM_ADMIN_PASSWORD || undefined,
  };
}

function port(value: string | undefined): number {
  if (value === undefined || value === "") return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new StartupError(`PORT "${value}" is not a port number`, "set PORT to a number from 1 to 65535 (0: any free port)");
  return n;
}

/**
 * AM_SECRET, or one generated into DATA_DIR (mode 0600) for a single
 * instance. Several instances on PostgreSQL must share it, so there readConfig
 * requires it.
 */
export function loadSecret(config: Config): string {
  if (config.secretFromEnv) return config.secretFromEnv;
  const file = join(config.dataDir, SECRET_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}
