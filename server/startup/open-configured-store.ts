// Opens and migrates the configured store for the server, with a deadline:
// pg waits for an unanswering host for as long as TCP does, and a start must
// fail within 10 s rather than hang.
import type { Config } from "../config.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/types.ts";
import { explainStoreFailure } from "./store-failure.ts";
import { StartupError } from "./startup-error.ts";
import type { StoreTarget } from "./store-target.ts";

export const CONNECT_DEADLINE_MS = 7_000;

export async function openConfiguredStore(config: Config, target: StoreTarget): Promise<Store> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StartupError(`${target.label} did not answer within ${CONNECT_DEADLINE_MS / 1000} s`, "check that the database is up and reachable from here (host, port, firewall) and that DATABASE_URL names it")),
      CONNECT_DEADLINE_MS,
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
