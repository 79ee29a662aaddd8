// Health for load balancers and orchestrators: unauthenticated, and nothing
// in the answers but a status. live: the process answers HTTP. ready: the
// store answers a query (the app exists only once migrations have run; until
// then main.ts answers ready with 503 itself).
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../http/env.ts";
import type { Store } from "../store/types.ts";

const READY_TIMEOUT_MS = 2_000;

export function healthRoutes(store: Store): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get("/live", (c) => status(c, "live", 200));
  r.get("/ready", async (c) => ((await storeAnswers(store)) ? status(c, "ready", 200) : status(c, "unavailable", 503)));
  return r;
}

export function status(c: Context, value: "live" | "ready" | "unavailable", code: 200 | 503): Response {
  c.header("Cache-Control", "no-store");
  return c.json({ status: value }, code);
}

async function storeAnswers(store: Store): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
  try {
    return await Promise.race([store.countOrgs().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
