// The operator's way out for a user who lost their authenticator and their
// recovery codes: `users reset-two-factor` turns it off and ends the sessions.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openStore } from "../../server/store/open-store.ts";
import { cli, cliJson } from "../support/ops-process.ts";

const dir = mkdtempSync(join(tmpdir(), "am-cli-2fa-"));
const env = { DATA_DIR: dir, DATABASE_URL: "", AM_SECRET: "cli-two-factor-secret" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("users reset-two-factor turns two-factor sign-in off, ends the sessions and records it", async () => {
  const org = await cliJson<{ id: string }>(env, "orgs", "create", "--name", "Lost Phone");
  const user = await cliJson<{ id: string }>(env, "users", "create", "--email", "lost@example.test", "--password", "a-long-enough-password", "--org", org.id, "--role", "ORG_MEMBER");
  let store = await openStore({ dataDir: dir });
  await store.confirmTotp(user.id, "sealed-seed", 1);
  await store.replaceRecoveryCodes(user.id, ["h1", "h2"]);
  await store.insertSession({ tokenHash: "t".repeat(64), userId: user.id, csrfToken: "c", created: new Date(), expires: new Date(Date.now() + 3600_000) });
  await store.close();

  const out = await cliJson(env, "users", "reset-two-factor", "--email", "Lost@Example.test");
  expect(out).toEqual({ id: user.id, email: "lost@example.test", twoFactorWasOn: true });

  store = await openStore({ dataDir: dir });
  expect((await store.getAccount(user.id)).totpSecretEnc).toBeNull();
  expect(await store.countRecoveryCodes(user.id)).toBe(0);
  expect(await store.countUserSessions(user.id)).toBe(0);
  const events = await store.listEvents({ orgId: org.id, types: ["USER_TWO_FACTOR_DISABLED"] }, { offset: 0, limit: 10 });
  expect(events).toHaveLength(1);
  expect(events[0]?.actorKind).toBe("operator");
  await store.close();

  const missing = await cli(env, "users", "reset-two-factor", "--email", "nobody@example.test");
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/no user nobody@example\.test/);
}, 90_000);
