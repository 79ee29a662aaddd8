// Digest details the other suites do not look at: that a failure past the free
// ones is really slowed, the whole 429 answer, the one warning about a foreign
// AM_SECRET, and the signed URI read as the path the server routes.
import { request } from "node:http";
import { afterEach, expect, it, vi } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { authorization, fetchNonce, signedFetch } from "../support/digest-client.ts";
import { buildWorld, signIn, startServer, type ServerOptions, type TestServer } from "../support/server.ts";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  vi.restoreAllMocks();
});

async function setup(options: ServerOptions = {}) {
  const server = await startServer(new MemoryStore(), options);
  servers.push(server);
  const world = await buildWorld(server.deps);
  const owner = await signIn(server.base, world.users.owner);
  const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "details", roles: ["ORG_OWNER"] })).body;
  return { server, key, path: `/api/atlas/v2/orgs/${world.orgId}`, bad: { ...key, privateKey: "00000000-0000-4000-8000-000000000000" } };
}

it("answers a failure past the free ones only after its delay", async () => {
  // No free failures and 300 ms a failure, per address; the per-key throttle's first failures are free.
  const { server, path, bad } = await setup({ throttle: new AuthThrottle(60_000, 0, 100, 100_000, 300) });
  const started = performance.now();
  expect((await signedFetch(server.base, path, bad)).status).toBe(401);
  expect(performance.now() - started).toBeGreaterThanOrEqual(300);
});

it("answers a refused address with the whole 429: detail, the address and the seconds to wait, and Retry-After", async () => {
  const { server, path, key, bad } = await setup({ throttle: new AuthThrottle(60_000, 0, 2, 100_000, 0) });
  for (let i = 0; i < 2; i++) expect((await signedFetch(server.base, path, bad)).status).toBe(401);
  const res = await signedFetch(server.base, path, key);
  expect(res.status).toBe(429);
  const [address, seconds] = res.body.parameters;
  expect(res.body).toEqual({
    error: 429,
    errorCode: "RATE_LIMITED",
    detail: "Too many failed authentication attempts from this address.",
    reason: "Too Many Requests",
    parameters: ["127.0.0.1", seconds],
  });
  expect(address).toBe("127.0.0.1");
  expect(seconds).toBeGreaterThanOrEqual(59);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(res.headers.get("retry-after")).toBe(String(seconds));
});

it("warns once, naming AM_SECRET, when keys do not open with this instance's secret", async () => {
  const { server, key, path } = await setup();
  const other = await startServer(server.deps.store, { secret: "a-different-secret" });
  servers.push(other);
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  expect((await signedFetch(other.base, path, key)).status).toBe(401);
  expect((await signedFetch(other.base, path, key)).status).toBe(401);
  expect(errors.mock.calls.map((args) => String(args[0]))).toEqual([
    "Cannot open an API key's sealed secret: AM_SECRET differs from the one the key was created with. Every instance must share one AM_SECRET.",
  ]);
});

it("accepts an answer signed for the path the server routes when the request line has dot segments", async () => {
  const { server, key, path } = await setup();
  const { nonce } = await fetchNonce(`${server.base}${path}`);
  const sent = path.replace("/orgs/", "/./orgs/");
  const send = (uri: string) =>
    new Promise<number>((ok, fail) => {
      const { hostname, port } = new URL(server.base);
      const req = request({ hostname, port, path: sent, headers: { Authorization: authorization({ method: "GET", uri, nonce, ...key }) } }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on("error", fail);
      req.end();
    });
  expect(await send(path)).toBe(200);
  // The request line as sent is accepted too; another path is not.
  expect(await send(sent)).toBe(200);
  expect(await send(`${path}/apiKeys`)).toBe(401);
});
