// The health endpoints answer without credentials and carry only a status;
// ready is 503 when the store does not answer (and, in main.ts, while the
// store is still opening or the server is stopping).
import { describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { notReady } from "../../server/startup/not-ready.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";

function appOver(store: MemoryStore) {
  return createApp({ store, crypto: nodeCrypto("health-test-secret"), clientAddress: () => "127.0.0.1" });
}

async function answer(res: Response | Promise<Response>): Promise<{ status: number; body: unknown; cache: string | null }> {
  const r = await res;
  return { status: r.status, body: await r.json(), cache: r.headers.get("cache-control") };
}

describe("health endpoints", () => {
  it("live and ready answer 200 with a status only, unauthenticated", async () => {
    const app = appOver(new MemoryStore());
    expect(await answer(app.request("/api/health/live"))).toEqual({ status: 200, body: { status: "live" }, cache: "no-store" });
    expect(await answer(app.request("/api/health/ready"))).toEqual({ status: 200, body: { status: "ready" }, cache: "no-store" });
  });

  it("ready is 503 when the store fails, live stays 200", async () => {
    const store = new MemoryStore();
    store.countOrgs = () => Promise.reject(new Error("connection lost"));
    const app = appOver(store);
    expect(await answer(app.request("/api/health/ready"))).toEqual({ status: 503, body: { status: "unavailable" }, cache: "no-store" });
    expect((await app.request("/api/health/live")).status).toBe(200);
  });

  it("before the store is open: live 200, ready 503, the API 503 in Atlas's error shape", async () => {
    expect(await answer(notReady(new Request("http://x/api/health/live")))).toMatchObject({ status: 200, body: { status: "live" } });
    expect(await answer(notReady(new Request("http://x/api/health/ready")))).toMatchObject({ status: 503, body: { status: "unavailable" } });
    expect(await answer(notReady(new Request("http://x/api/atlas/v2/orgs")))).toMatchObject({ status: 503, body: { error: 503, errorCode: "SERVICE_UNAVAILABLE" } });
  });
});
