// Opens and migrates the configured store for the server, with a deadline:
// pg waits for an unanswering host for as long as TCP does, and a start must
// fail within 10 s rather than hang. The deadline counts from the process's
// start, since loading the code takes seconds on a busy machine.
import type { Config } from "../config.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/types.ts";
import { explainStoreFailure } from "./store-failure.ts";
import { StartupError } from "./startup-error.ts";
import type { StoreTarget } from "./store-target.ts";

/** Time since the process started by which the store must have answered. */
const START_BUDGET_MS = 8_000;
const MIN_WAIT_MS = 2_000;

export async function openConfiguredStore(config: Config, target: StoreTarget): Promise<Store> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitMs = Math.max(MIN_WAIT_MS, START_BUDGET_MS - performance.now());
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StartupError(`${target.label} did not answer within ${(waitMs / 1000).toFixed(1)} s`, "check that the database is up and reachable from here (host, port, firewall) and that DATABASE_URL names it")),
      waitMs,
    );
  });
  try {
    return await Promise.race([openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }), deadline]);
  } catch (e) {
    throw explainStoreFailure(e, target);
  } finally {
    clearTimeout(timer);
  }
}
