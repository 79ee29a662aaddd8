// `doctor`: checks configuration, data directory, file modes, secret, store
// reachability and migrations, and the listening address, and prints one
// JSON report with the fix for each problem. Exit code 1 when any fails.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clientAddressResolver } from "../auth/client-address.ts";
import { readConfig, SECRET_FILE, type Config } from "../config.ts";
import { checkDataDir } from "../startup/data-dir.ts";
import { StartupError } from "../startup/startup-error.ts";
import { storeTarget } from "../startup/store-target.ts";
import { openStore } from "../store/open-store.ts";
import type { Command } from "./command.ts";
import { bad, fileModes, listeningAddress, ok, secretOpensKeys, secretSource, storeAndMigrations, type Finding } from "./doctor-checks.ts";

function configuration(): { config?: Config; finding: Finding } {
  try {
    const config = readConfig();
    clientAddressResolver(config.trustProxy);
    return { config, finding: ok("configuration", `HOST ${config.host}, PORT ${config.port}, ${storeTarget(config).label}`) };
  } catch (e) {
    const why = e instanceof StartupError ? e : new StartupError(e instanceof Error ? e.message : String(e), "correct the variable named");
    return { finding: bad("configuration", why.problem, why.fix) };
  }
}

function dataDir(config: Config): Finding {
  if (!existsSync(config.dataDir) && !config.dataDirNamed) return ok("data directory", `${config.dataDir} is created at the first start`);
  try {
    checkDataDir(config.dataDir, config.dataDirNamed);
    return ok("data directory", `${config.dataDir} is a writable directory`);
  } catch (e) {
    const why = e as StartupError;
    return bad("data directory", why.problem, why.fix);
  }
}

function knownSecret(config: Config): string | undefined {
  const file = join(config.dataDir, SECRET_FILE);
  return config.secretFromEnv ?? (existsSync(file) ? readFileSync(file, "utf8").trim() : undefined);
}

async function diagnose(): Promise<Finding[]> {
  const { config, finding } = configuration();
  if (!config) return [finding];
  const findings = [finding, secretSource(config)];
  if (!config.databaseUrl) findings.push(dataDir(config), fileModes(config));
  const target = storeTarget(config);
  const store = await storeAndMigrations(config, target);
  findings.push(store.finding);
  const secret = knownSecret(config);
  if (store.upToDate && secret) {
    const opened = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    try {
      findings.push(await secretOpensKeys(opened, secret));
    } finally {
      await opened.close();
    }
  }
  findings.push(await listeningAddress(config));
  return findings;
}

export const doctorCommand: Command = {
  name: "doctor",
  args: "",
  summary: "checks configuration, data directory, file modes, secret, store, migrations and listening address; prints each problem with its fix",
  flags: {},
  async run() {
    const checks = await diagnose();
    return { ok: checks.every((c) => c.ok), checks };
  },
  exitCode: (out) => ((out as { ok?: boolean }).ok ? 0 : 1),
};
