// Failed client authentications at the token endpoint, and failed Bearer
// tokens, are slowed and then refused per address, as failed Digest is.
import { afterEach, expect, it } from "vitest";
import { AuthThrottle } from "../../server/auth/auth-throttle.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { basic, bearer, createAccount, rawToken } from "../support/sa-client.ts";
import { buildWorld, signIn, startServer, type TestServer } from "../support/server.ts";

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start() {
  // One free failure, blocked from the third, no delay: the test stays fast.
  const throttle = () => new AuthThrottle(60_000, 1, 3, 1_000, 0);
  running = await startServer(new MemoryStore(), { oauthThrottle: throttle(), oauthClientThrottle: throttle(), bearerThrottle: throttle() });
  const world = await buildWorld(running.deps);
  const account = await createAccount(await signIn(running.base, world.users.owner), world.orgId);
  return { base: running.base, world, account };
}

it("refuses the token endpoint with 429 after repeated bad secrets, even the right secret, until the window ends", async () => {
  const { base, account } = await start();
  const wrong = basic(account.clientId, `mdb_sa_sk_${"B".repeat(43)}`);
  for (let i = 0; i < 3; i++) expect((await rawToken(base, wrong)).status).toBe(401);
  const blocked = await rawToken(base, basic(account.clientId, account.secret));
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
});

it("does not count a good client's refused grant type as a failure", async () => {
  const { base, account } = await start();
  const good = basic(account.clientId, account.secret);
  for (let i = 0; i < 4; i++) expect((await rawToken(base, good, "grant_type=password")).status).toBe(400);
  expect((await rawToken(base, good)).status).toBe(200);
});

it("refuses Bearer calls with 429 after repeated unknown tokens", async () => {
  const { base, world } = await start();
  for (let i = 0; i < 3; i++) expect((await bearer(base, `mdb_sa_at_${"C".repeat(43)}`, "GET", `/orgs/${world.orgId}`)).status).toBe(401);
  const blocked = await bearer(base, `mdb_sa_at_${"D".repeat(43)}`, "GET", `/orgs/${world.orgId}`);
  expect(blocked.status).toBe(429);
  expect(blocked.body.errorCode).toBe("RATE_LIMITED");
});
