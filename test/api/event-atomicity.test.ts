// A change and its event commit or roll back together, on every store; the
// CLI records its changes with the operator as the actor.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../bench/server-process.ts";
import { nodeCrypto } from "../../server/auth/node-crypto.ts";
import { createOrg } from "../../server/domain/admin.ts";
import { operatorActor, recordEvent } from "../../server/domain/events.ts";
import { insertNewKey } from "../../server/domain/org-keys.ts";
import { openStore } from "../../server/store/open-store.ts";
import { storeCases } from "../support/stores.ts";

describe.each(storeCases)("events roll back with their change [$name]", (storeCase) => {
  it("leaves neither key nor event when a later write of the change fails", async () => {
    const { store, dispose } = await storeCase.open();
    try {
      const deps = { store, crypto: nodeCrypto("atomicity"), now: () => new Date() };
      const org = await createOrg(deps, "Atomic");
      const missingProject = { groupId: "f".repeat(24), roles: ["GROUP_READ_ONLY"] };
      // API_KEY_CREATED is recorded before the assignment to a project that does not exist fails.
      await expect(insertNewKey(deps, operatorActor("test"), org.id, "doomed", ["ORG_MEMBER"], missingProject)).rejects.toThrow();
      expect(await store.countKeys(org.id)).toBe(0);
      expect(await store.countEvents({ orgId: org.id })).toBe(0);

      await expect(store.transaction(async (tx) => {
        await recordEvent(tx, new Date(), operatorActor("test"), { type: "API_KEY_DELETED", orgId: org.id });
        throw new Error("the change failed after its event was written");
      })).rejects.toThrow("the change failed");
      expect(await store.countEvents({ orgId: org.id })).toBe(0);

      await insertNewKey(deps, operatorActor("test"), org.id, "kept", ["ORG_MEMBER"]);
      expect(await store.countEvents({ orgId: org.id, types: ["API_KEY_CREATED"] })).toBe(1);
    } finally {
      await dispose();
    }
  });
});

describe("events of the operator CLI", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "am-cli-events-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "", AM_SECRET: "cli-events-secret", USER: "ops-person" };

  it("records a key made and deleted by the CLI with the operator as the actor, and nothing for a refused one", async () => {
    const org = JSON.parse(await runCli(["orgs", "create", "--name", "CLI Org"], env)) as { id: string };
    const key = JSON.parse(await runCli(["keys", "create", "--org", org.id, "--desc", "from the shell", "--role", "ORG_MEMBER"], env));
    await expect(runCli(["keys", "create", "--org", org.id, "--desc", "bad", "--role", "ORG_GOD"], env)).rejects.toThrow();
    await runCli(["keys", "delete", "--org", org.id, "--key", key.id], env);
    const store = await openStore({ dataDir });
    try {
      const events = await store.listEvents({ orgId: org.id }, { offset: 0, limit: 10 });
      // The org's creation by the CLI first (test/api/cli-events.test.ts covers it).
      expect(events.map((e) => e.type)).toEqual(["API_KEY_DELETED", "API_KEY_CREATED", "ORG_CREATED"]);
      expect(events[0]).toMatchObject({ actorKind: "operator", actorName: "cli:ops-person", targetKeyId: key.id });
      expect(events[1]).toMatchObject({
        type: "API_KEY_CREATED", actorKind: "operator", actorName: "cli:ops-person", targetKeyId: key.id, targetPublicKey: key.publicKey,
      });
      expect(JSON.stringify(events)).not.toContain(key.privateKey);
    } finally {
      await store.close();
    }
  }, 60_000);
});
