// A new key's public key is drawn at random (26^8 choices); one that is
// already taken is drawn again, never stored twice nor answered with a 500.
// The draw is pinned here so that the clash, rare by design, happens.
import { expect, it, vi } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

const draws = vi.hoisted(() => ({ next: [] as string[] }));
vi.mock("../../server/domain/ids.ts", async (importOriginal) => {
  const ids = await importOriginal<typeof import("../../server/domain/ids.ts")>();
  return { ...ids, newPublicKey: () => draws.next.shift() ?? ids.newPublicKey() };
});

eachStore("a public key drawn twice", (ctx) => {
  it("draws again when the public key is taken, from the org and from a project", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const first = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "first", roles: ["ORG_MEMBER"] })).body;
    draws.next = [first.publicKey, first.publicKey, "zzzzzzzz"];
    const second = await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "second", roles: ["ORG_MEMBER"] });
    expect(second.status).toBe(200);
    expect(second.body.publicKey).toBe("zzzzzzzz");
    draws.next = [first.publicKey];
    const third = await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "third", roles: ["GROUP_READ_ONLY"] });
    expect(third.status).toBe(200);
    expect(third.body.publicKey).not.toBe(first.publicKey);
    expect(draws.next).toEqual([]);
    const keys = (await owner.call("GET", `/orgs/${world.orgId}/apiKeys?itemsPerPage=500`)).body.results as { publicKey: string }[];
    expect(keys.filter((k) => k.publicKey === first.publicKey)).toHaveLength(1);
  });
});
