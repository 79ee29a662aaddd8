// After AM_SECRET changes, a sealed TOTP seed no longer opens: the code step
// refuses every code as wrong (401), never a 500, until the operator resets it.
import { afterAll, expect, it } from "vitest";
import { createOrg, createUser } from "../../server/domain/admin.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { ConsoleClient, enrol, totpCode } from "../support/console-client.ts";
import { PASSWORD, startServer, type TestServer } from "../support/server.ts";

const store = new MemoryStore();
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

it("refuses codes as wrong, not with a 500, once the seed was sealed under another secret", async () => {
  const first = await startServer(store, { secret: "first-secret-of-this-test" });
  servers.push(first);
  const org = await createOrg(first.deps, "Rotation");
  await createUser(first.deps, { email: "rotate@acme.test", password: PASSWORD, orgId: org.id, orgRole: "ORG_MEMBER" });
  const client = new ConsoleClient(first.base);
  await client.login("rotate@acme.test", PASSWORD);
  const { secret } = await enrol(client, new Date());

  const second = await startServer(store, { secret: "second-secret-of-this-test" });
  servers.push(second);
  const browser = new ConsoleClient(second.base);
  expect((await browser.login("rotate@acme.test", PASSWORD)).body.signInStep).toBe("TWO_FACTOR_CODE");
  const refused = await browser.verify(totpCode(secret, new Date(Date.now() + 30_000)));
  expect(refused.status).toBe(401);
  expect(refused.body.errorCode).toBe("INVALID_TWO_FACTOR_CODE");
});
