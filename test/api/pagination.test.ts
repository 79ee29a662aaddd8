import { expect, it } from "vitest";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

eachStore("pagination", (ctx) => {
  it("pages keys oldest first with totalCount and self/previous/next links", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.otherOwner);
    const org = world.otherOrgId;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await owner.call("POST", `/orgs/${org}/apiKeys`, { desc: `k${i}`, roles: ["ORG_MEMBER"] })).body.id);
    }
    const first = await owner.call("GET", `/orgs/${org}/apiKeys?itemsPerPage=2`);
    expect(first.body.totalCount).toBe(5);
    expect(first.body.results.map((k: { id: string }) => k.id)).toEqual(ids.slice(0, 2));
    expect(first.body.links.map((l: { rel: string }) => l.rel)).toEqual(["self", "next"]);
    expect(first.body.links[0].href).toBe(
      `${server.base}/api/atlas/v2/orgs/${org}/apiKeys?includeCount=true&pageNum=1&itemsPerPage=2`,
    );
    const last = await owner.call("GET", `/orgs/${org}/apiKeys?itemsPerPage=2&pageNum=3`);
    expect(last.body.results.map((k: { id: string }) => k.id)).toEqual(ids.slice(4));
    expect(last.body.links.map((l: { rel: string }) => l.rel)).toEqual(["previous", "self"]);
    const beyond = await owner.call("GET", `/orgs/${org}/apiKeys?itemsPerPage=2&pageNum=9`);
    expect(beyond.status).toBe(200);
    expect(beyond.body.results).toEqual([]);
    const noCount = await owner.call("GET", `/orgs/${org}/apiKeys?includeCount=false`);
    expect(noCount.body.totalCount).toBeUndefined();
    expect(noCount.body.results).toHaveLength(5);
    const max = await owner.call("GET", `/orgs/${org}/apiKeys?itemsPerPage=500`);
    expect(max.status).toBe(200);
  });

  it.each(["itemsPerPage=0", "itemsPerPage=501", "itemsPerPage=abc", "pageNum=0", "pageNum=-1", "includeCount=yes"])(
    "rejects %s with 400",
    async (query) => {
      const { server, world } = ctx();
      const owner = await signIn(server.base, world.users.owner);
      const res = await owner.call("GET", `/orgs/${world.orgId}/apiKeys?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe(400);
    },
  );
});
