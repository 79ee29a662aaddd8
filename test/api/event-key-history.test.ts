// A key's history: ?targetApiKeyId= (ours) on the org and project feeds keeps
// the events that acted on that key, newest first, with the other filters and
// the visibility rules; a bad value is a 400 naming the parameter.
import { expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { eachStore } from "../support/each-store.ts";
import { feed } from "../support/events.ts";
import { signIn } from "../support/server.ts";

eachStore("activity feed: a key's history", (ctx) => {
  it("keeps only the events that acted on the key, in the org and project feeds, with the other filters", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    const make = async (desc: string) => (await owner.call("POST", `${org}/apiKeys`, { desc, roles: ["ORG_MEMBER"] })).body as { id: string; publicKey: string };
    const [key, other] = [await make("history"), await make("bystander")];
    await owner.call("PATCH", `${org}/apiKeys/${key.id}`, { desc: "history renamed" });
    await owner.call("PATCH", `${org}/apiKeys/${other.id}`, { desc: "bystander renamed" });
    await owner.call("POST", `${org}/apiKeys/${key.id}/accessList`, [{ ipAddress: "192.0.2.10" }]);
    await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    await owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    await owner.call("POST", `/groups/${world.groupA}/apiKeys/${other.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);

    const history = await feed(owner, `${org}/events?targetApiKeyId=${key.id}`);
    expect(history.map((e) => [e.eventTypeName, e.groupId])).toEqual([
      ["API_KEY_ADDED_TO_GROUP", world.groupB],
      ["API_KEY_ADDED_TO_GROUP", world.groupA],
      ["API_KEY_ACCESS_LIST_ENTRY_ADDED", undefined],
      ["API_KEY_DESCRIPTION_CHANGED", undefined],
      ["API_KEY_CREATED", undefined],
    ]);
    expect(history.every((e) => e.targetApiKeyId === key.id && e.targetPublicKey === key.publicKey)).toBe(true);

    const counted = await owner.call("GET", `${org}/events?targetApiKeyId=${key.id}&eventType=API_KEY_ADDED_TO_GROUP&itemsPerPage=1`);
    expect(counted.body.totalCount).toBe(2);
    expect(counted.body.results.map((e: AtlasEvent) => e.groupId)).toEqual([world.groupB]);
    const next = counted.body.links.find((l: { rel: string }) => l.rel === "next").href as string;
    expect(next).toContain(`targetApiKeyId=${key.id}`);
    const page2 = await owner.call("GET", next.slice(next.indexOf("/orgs/")));
    expect(page2.body.results.map((e: AtlasEvent) => [e.eventTypeName, e.groupId])).toEqual([["API_KEY_ADDED_TO_GROUP", world.groupA]]);

    const inProject = await feed(owner, `/groups/${world.groupA}/events?targetApiKeyId=${key.id}`);
    expect(inProject.map((e) => [e.eventTypeName, e.groupId, e.targetApiKeyId])).toEqual([["API_KEY_ADDED_TO_GROUP", world.groupA, key.id]]);

    // A member of Alpha only sees the key's org-level events and Alpha's, not Beta's.
    const alphaOwner = await signIn(server.base, world.users.groupOwner);
    const seen = await feed(alphaOwner, `${org}/events?targetApiKeyId=${key.id}`);
    expect(seen.map((e) => e.groupId).filter(Boolean)).toEqual([world.groupA]);
    expect(seen).toHaveLength(history.length - 1);

    // A deleted key keeps its history, its deletion on top; an id naming no key has none.
    await owner.call("DELETE", `${org}/apiKeys/${key.id}`);
    expect((await feed(owner, `${org}/events?targetApiKeyId=${key.id}`)).map((e) => e.eventTypeName).slice(0, 2)).toEqual([
      "API_KEY_DELETED", "API_KEY_ADDED_TO_GROUP",
    ]);
    const none = await owner.call("GET", `${org}/events?targetApiKeyId=${"0".repeat(24)}`);
    expect(none.body).toMatchObject({ results: [], totalCount: 0 });
  });

  it.each([
    ["targetApiKeyId=kvthgcnw", "a public key instead of the key's id"],
    [`targetApiKeyId=${"A".repeat(24)}`, "upper-case hex"],
    [`targetApiKeyId=${"a".repeat(25)}`, "25 characters"],
    ["targetApiKeyId=", "an empty value"],
    [`targetApiKeyId=${"a".repeat(24)}&targetApiKeyId=${"b".repeat(24)}`, "two keys"],
  ])("answers ?%s (%s) with a 400 naming targetApiKeyId", async (query) => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (const path of [`/orgs/${world.orgId}/events`, `/groups/${world.groupA}/events`]) {
      const res = await owner.call("GET", `${path}?${query}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 400, errorCode: "INVALID_QUERY_PARAMETER", parameters: ["targetApiKeyId"] });
      expect(res.body.detail).toContain("targetApiKeyId");
      expect(res.body.reason).toBe("Bad Request");
    }
  });
});
