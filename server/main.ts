// The server process: config, store, migrations, first-start seed, HTTP.
import { serve } from "@hono/node-server";
import { resolve } from "node:path";
import { createApp } from "./app.ts";
import { clientAddressResolver } from "./auth/client-address.ts";
import { digestAuthenticator } from "./auth/digest.ts";
import { UsageTracker } from "./auth/usage-tracker.ts";
import { nodeCrypto } from "./auth/node-crypto.ts";
import { readConfig } from "./config.ts";
import { serveConsole } from "./console-files.ts";
import { seedIfEmpty } from "./domain/admin.ts";
import { eventRetention, retentionDays } from "./events-retention.ts";
import { openStore } from "./store/open-store.ts";

const config = readConfig();
const eventsRetentionDays = retentionDays(process.env);
const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
const crypto = nodeCrypto(config.secret);
const now = () => new Date();

const seeded = await seedIfEmpty({ store, crypto, now }, { email: config.adminEmail, password: config.adminPassword });
if (seeded) {
  console.log(`Created "${seeded.org.name}" with projects ${seeded.projects.map((p) => p.name).join(", ")}.`);
  console.log(`Sign in as ${seeded.email}${seeded.generatedPassword ? ` with password ${seeded.generatedPassword} (shown once)` : ""}.`);
}

const usage = new UsageTracker(store);
usage.start();
const retention = eventRetention({ store, days: eventsRetentionDays, now });
retention.start();
const app = createApp({
  store,
  crypto,
  now,
  keyAuth: digestAuthenticator({ store, secret: config.secret, now, openKeySecret: crypto.openKeySecret, usage }),
  clientAddress: clientAddressResolver(config.trustProxy),
  log: process.env.LOG_REQUESTS === "0" ? undefined : (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
});
serveConsole(app, resolve(import.meta.dirname, "../dist"));

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const where = config.databaseUrl ? "PostgreSQL" : `SQLite in ${config.dataDir}`;
  console.log(`Access Manager on http://${config.host}:${info.port} (${where})`);
});

async function shutdown(): Promise<void> {
  server.close();
  await usage.stop();
  await retention.stop();
  await store.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
