// A key deleted while other requests write to it: every loser gets a 4xx
// (404 for the vanished key), never a 500 from a foreign key or a deadlock,
// and nothing of the key survives the delete.
import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

const WRITES = 60;

eachStore("a key deleted while others write to it", (ctx) => {
  it("answers every racing write 2xx or 404, never 5xx, and leaves no orphan rows", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (let round = 0; round < 3; round++) {
      const { body: key } = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: `doomed ${round}`, roles: ["ORG_MEMBER"] });
      const keyPath = `/orgs/${world.orgId}/apiKeys/${key.id}`;
      await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
      const write = (i: number) => {
        switch (i % 5) {
          case 0:
            return owner.call("POST", `${keyPath}/accessList`, [{ cidrBlock: `10.${round}.${i}.0/24` }]);
          case 1:
            return owner.call("PATCH", keyPath, { desc: `renamed ${i}` });
          case 2:
            return owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_OWNER"] }]);
          case 3:
            return owner.call("PATCH", `/groups/${world.groupA}/apiKeys/${key.id}`, { roles: ["GROUP_OWNER"] });
          default:
            return owner.call("DELETE", `/groups/${world.groupA}/apiKeys/${key.id}`);
        }
      };
      const racing = Array.from({ length: WRITES }, (_, i) => (i === WRITES / 2 ? owner.call("DELETE", keyPath) : write(i)));
      const results = await Promise.all(racing);
      const failures = results.filter((r) => r.status >= 500).map((r) => `${r.status} ${JSON.stringify(r.body)}`);
      expect(failures).toEqual([]);
      const refused = results.filter((r) => r.status >= 400);
      expect(refused.every((r) => [400, 404, 409].includes(r.status))).toBe(true);
      expect((await owner.call("GET", keyPath)).status).toBe(404);
      const store = server.deps.store;
      expect(await store.listAccessEntries(key.id)).toEqual([]);
      expect(await store.listKeyGroupsForKeys([key.id])).toEqual([]);
    }
  });
});
