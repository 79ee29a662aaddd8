// The server process. Order matters for an operator: check the configuration,
// bind the port, open (and migrate) the store, and only then seed a first
// owner and print its one-time password, so a start that fails never
// consumes it. Every failure is one line on stderr and exit code 1.
import { createAdaptorServer } from "@hono/node-server";
import type { Http2Bindings, HttpBindings } from "@hono/node-server";
import type { Server } from "node:http";
import { resolve } from "node:path";
import { createApp } from "./app.ts";
import { smtpMailer } from "./mail/smtp-mailer.ts";
import { clientAddressResolver } from "./auth/client-address.ts";
import { bearerAuthenticator } from "./auth/bearer.ts";
import { digestAuthenticator } from "./auth/digest.ts";
import { nodeCrypto } from "./auth/node-crypto.ts";
import { UsageTracker } from "./auth/usage-tracker.ts";
import { loadSecret, readConfig } from "./config.ts";
import { serveConsole } from "./console-files.ts";
import { seedIfEmpty } from "./domain/admin.ts";
import { eventRetention, retentionDays } from "./events-retention.ts";
import { checkDataDir } from "./startup/data-dir.ts";
import { listen } from "./startup/listen.ts";
import { isReadinessProbe, notReady, unavailable } from "./startup/not-ready.ts";
import { openConfiguredStore } from "./startup/open-configured-store.ts";
import { ownerHints } from "./startup/owner-hint.ts";
import { holdPidFile } from "./startup/pid-file.ts";
import { onTermination } from "./startup/shutdown.ts";
import { StartupError, startupFailureText } from "./startup/startup-error.ts";
import { storeTarget } from "./startup/store-target.ts";
import { packageVersion } from "./startup/version.ts";

type Handler = (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>;

async function start(): Promise<void> {
  const config = readConfig();
  const clientAddress = trustProxy(config.trustProxy);
  const target = storeTarget(config);
  const keepEventsDays = retentionSetting();
  if (!config.databaseUrl) checkDataDir(config.dataDir, config.dataDirNamed);

  let handle: Handler = notReady;
  let stopping = false;
  const server = createAdaptorServer({
    fetch: (request: Request, env: HttpBindings | Http2Bindings) => (stopping && isReadinessProbe(request) ? unavailable() : handle(request, env)),
  }) as Server;
  const port = await listen(server, config.host, config.port);

  const secret = loadSecret(config);
  const store = await openConfiguredStore(config, target);
  const releasePidFile = config.databaseUrl ? () => {} : holdPidFile(config.dataDir);
  const crypto = nodeCrypto(secret);
  const now = () => new Date();
  const usage = new UsageTracker(store);
  const app = createApp({
    store,
    crypto,
    now,
    keyAuth: digestAuthenticator({ store, secret, now, openKeySecret: crypto.openKeySecret, usage }),
    bearerAuth: bearerAuthenticator({ store, keyedHash: crypto.keyedHashSync, now, usage }),
    clientAddress,
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined,
    publicUrl: config.publicUrl,
    // AM_RATE_LIMIT_SCALE multiplies Atlas's bucket sizes (the bench raises it).
    rateLimit: { scale: Number(process.env.AM_RATE_LIMIT_SCALE ?? 1) || 1 },
    log: process.env.LOG_REQUESTS === "0" ? undefined : (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
  });
  serveConsole(app, resolve(import.meta.dirname, "../dist"));

  const seeded = await seedIfEmpty({ store, crypto, now }, { email: config.adminEmail, password: config.adminPassword });
  const hints = seeded ? [] : await ownerHints(store).catch(() => []);
  handle = app.fetch as Handler;
  usage.start();
  const retention = eventRetention({ store, days: keepEventsDays, now });
  retention.start();
  onTermination(server, {
    stopping: () => (stopping = true),
    async finish() {
      await usage.stop();
      await retention.stop();
      await store.close();
      releasePidFile();
    },
  });

  // One write: whoever reads the banner has the password and hints with it.
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const lines = [`Access Manager on http://${host}:${port} (${target.label}, version ${packageVersion()})`];
  if (seeded) {
    lines.push(`Created "${seeded.org.name}" with projects ${seeded.projects.map((p) => p.name).join(", ")}.`);
    lines.push(`Sign in as ${seeded.email}${seeded.generatedPassword ? ` with password ${seeded.generatedPassword} (shown once)` : ""}.`);
  }
  process.stdout.write(`${[...lines, ...hints].join("\n")}\n`);
}

function trustProxy(cidrs: string[]) {
  try {
    return clientAddressResolver(cidrs);
  } catch (e) {
    throw new StartupError(e instanceof Error ? e.message : String(e), "set TRUST_PROXY to comma-separated addresses or CIDR blocks of your proxies");
  }
}

function retentionSetting(): number {
  try {
    return retentionDays(process.env);
  } catch (e) {
    throw new StartupError(e instanceof Error ? e.message : String(e), "set EVENTS_RETENTION_DAYS to a whole number of days, or leave it unset for 365");
  }
}

try {
  await start();
} catch (e) {
  process.stderr.write(startupFailureText(e, process.env.DEBUG === "1"));
  process.exit(1);
}
