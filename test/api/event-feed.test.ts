// Reading the feed: filters, paging, visibility, sign-ins, no secrets, and
// hostile query input (always a 4xx naming the parameter, never a 5xx).
import { expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { createUser } from "../../server/domain/admin.ts";
import { signedFetch } from "../support/digest-client.ts";
import { eachStore } from "../support/each-store.ts";
import { eventually, feed } from "../support/events.ts";
import { PASSWORD, signIn, TEST_SECRET } from "../support/server.ts";

eachStore("activity feed: reading", (ctx) => {
  const privateKeys: string[] = [];

  it("filters by repeated type and by date, pages newest first, and counts on request", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    const start = new Date(Date.now() - 1000).toISOString();
    for (let i = 0; i < 3; i++) {
      const key = (await owner.call("POST", `${org}/apiKeys`, { desc: `paged ${i}`, roles: ["ORG_MEMBER"] })).body;
      privateKeys.push(key.privateKey);
      await owner.call("PATCH", `${org}/apiKeys/${key.id}`, { desc: `paged ${i} renamed` });
    }
    const types = "eventType=API_KEY_CREATED&eventType=API_KEY_DESCRIPTION_CHANGED";
    const all = await owner.call("GET", `${org}/events?${types}&minDate=${start}`);
    expect(all.status).toBe(200);
    expect(all.body.totalCount).toBe(6);
    const created = all.body.results.map((e: AtlasEvent) => e.created);
    expect([...created].sort().reverse()).toEqual(created);
    expect(all.body.results[0].eventTypeName).toBe("API_KEY_DESCRIPTION_CHANGED");

    const page1 = await owner.call("GET", `${org}/events?${types}&minDate=${start}&itemsPerPage=4&includeCount=false`);
    expect(page1.body.totalCount).toBeUndefined();
    expect(page1.body.results).toHaveLength(4);
    const next = page1.body.links.find((l: { rel: string }) => l.rel === "next").href as string;
    expect(next).toContain("eventType=API_KEY_CREATED&eventType=API_KEY_DESCRIPTION_CHANGED");
    const page2 = await owner.call("GET", next.slice(next.indexOf("/orgs/")));
    expect(page2.body.results).toHaveLength(2);
    expect(page2.body.links.some((l: { rel: string }) => l.rel === "next")).toBe(false);
    const ids = [...page1.body.results, ...page2.body.results].map((e: AtlasEvent) => e.id);
    expect(ids).toEqual(all.body.results.map((e: AtlasEvent) => e.id));

    const onlyCreated = await owner.call("GET", `${org}/events?eventType=API_KEY_CREATED&minDate=${start}`);
    expect(onlyCreated.body.results.map((e: AtlasEvent) => e.eventTypeName)).toEqual(Array(3).fill("API_KEY_CREATED"));
    const past = await owner.call("GET", `${org}/events?${types}&maxDate=${encodeURIComponent("2000-01-01T00:00:00+0000")}`);
    expect(past.body).toMatchObject({ results: [], totalCount: 0 });

    const one = all.body.results[0] as AtlasEvent;
    const got = await owner.call("GET", `${org}/events/${one.id}?includeRaw=true`);
    expect(got.body).toMatchObject({ id: one.id, eventTypeName: one.eventTypeName, raw: { id: one.id, orgId: world.orgId, severity: "INFO" } });
    expect(one.raw).toBeUndefined();
  });

  it("shows a project's events in its feed and the org feed, to those who may read them", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "shared", roles: ["ORG_MEMBER"] })).body;
    privateKeys.push(key.privateKey);
    await owner.call("POST", `/groups/${world.groupA}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    await owner.call("POST", `/groups/${world.groupB}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    const [inB] = await feed(owner, `/groups/${world.groupB}/events`);
    expect(inB?.groupId).toBe(world.groupB);

    // A member with a role in project A only: the org feed shows A's events and org-level ones, not B's.
    const reader = await signIn(server.base, world.users.groupReader);
    const seen = await feed(reader, `/orgs/${world.orgId}/events`);
    expect(seen.some((e) => e.groupId === world.groupA)).toBe(true);
    expect(seen.some((e) => e.groupId === world.groupB)).toBe(false);
    expect(seen.some((e) => e.eventTypeName === "API_KEY_CREATED")).toBe(true);
    expect((await reader.call("GET", `/orgs/${world.orgId}/events/${inB?.id}`)).status).toBe(404);
    expect((await reader.call("GET", `/groups/${world.groupB}/events`)).status).toBe(404);
    expect((await reader.call("GET", `/groups/${world.groupA}/events`)).status).toBe(200);
    // An org-wide reader sees both.
    const orgReader = await signIn(server.base, world.users.readOnly);
    expect((await feed(orgReader, `/orgs/${world.orgId}/events`)).some((e) => e.groupId === world.groupB)).toBe(true);
    // So does a key that holds an org-wide reader role beside one that is not.
    const twoRoles = (await owner.call("POST", `/orgs/${world.orgId}/apiKeys`, { desc: "two roles", roles: ["ORG_MEMBER", "ORG_READ_ONLY"] })).body;
    privateKeys.push(twoRoles.privateKey);
    const byKey = await signedFetch(server.base, `/api/atlas/v2/orgs/${world.orgId}/events?eventType=API_KEY_ADDED_TO_GROUP`, twoRoles);
    expect(byKey.status).toBe(200);
    expect(byKey.body.results.some((e: AtlasEvent) => e.groupId === world.groupB)).toBe(true);
    // Another org's owner sees nothing of it; an event id from another project is not found there.
    const stranger = await signIn(server.base, world.users.otherOwner);
    expect((await stranger.call("GET", `/orgs/${world.orgId}/events`)).status).toBe(404);
    expect((await owner.call("GET", `/groups/${world.groupA}/events/${inB?.id}`)).status).toBe(404);
    expect((await owner.call("GET", `/groups/${world.groupB}/events/${inB?.id}`)).status).toBe(200);
  });

  it("records sign-ins, failed sign-ins of existing users and lockouts; never an unknown email or a password", async () => {
    const { server, world } = ctx();
    const email = `signer-${Math.random().toString(36).slice(2, 8)}@acme.test`;
    await createUser(server.deps, { email, password: PASSWORD, orgId: world.orgId, orgRole: "ORG_MEMBER" });
    const owner = await signIn(server.base, world.users.owner);
    await signIn(server.base, email);
    const login = (body: object) =>
      fetch(`${server.base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await login({ email: "nobody-here@acme.test", password: "guess-one" })).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login({ email, password: `wrong-password-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const mine = (events: AtlasEvent[]) => events.filter((e) => e.username === email || e.targetUsername === email);
    const events = await eventually(() => feed(owner, `/orgs/${world.orgId}/events?eventType=USER_SIGNED_IN&eventType=USER_SIGN_IN_FAILED&eventType=USER_SIGN_IN_LOCKED_OUT`),
      (all) => mine(all).length >= 7);
    expect(mine(events).map((e) => e.eventTypeName).sort()).toEqual([
      "USER_SIGNED_IN", ...Array(5).fill("USER_SIGN_IN_FAILED"), "USER_SIGN_IN_LOCKED_OUT",
    ].sort());
    const failed = mine(events).find((e) => e.eventTypeName === "USER_SIGN_IN_FAILED");
    expect(failed).toMatchObject({ targetUsername: email, remoteAddress: "127.0.0.1" });
    expect(failed?.userId).toBeUndefined();
    const text = JSON.stringify(events);
    expect(text).not.toContain("nobody-here");
    expect(text).not.toContain("wrong-password");
  });

  it("never puts a private key, password, hash or sealed secret in any event", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const key = (await owner.call("POST", `/groups/${world.groupA}/apiKeys`, { desc: "secret keeper", roles: ["GROUP_OWNER"] })).body;
    privateKeys.push(key.privateKey);
    const text = JSON.stringify([
      await feed(owner, `/orgs/${world.orgId}/events?includeRaw=true`),
      await feed(owner, `/groups/${world.groupA}/events?includeRaw=true`),
    ]);
    const stored = await server.deps.store.getKey(key.id);
    const user = await server.deps.store.getUserByEmail(world.users.owner);
    for (const secret of [...privateKeys, PASSWORD, TEST_SECRET, stored?.secretEnc ?? "?", user?.passwordHash ?? "?"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(key.privateKey.slice(-12));
  });

  it("lists the event types", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.member);
    const res = await owner.call("GET", "/eventTypes?itemsPerPage=500");
    expect(res.status).toBe(200);
    const names = res.body.results.map((t: { eventType: string }) => t.eventType);
    expect(names).toEqual(expect.arrayContaining(["API_KEY_CREATED", "API_KEY_ACCESS_LIST_ENTRY_ADDED", "USER_SIGN_IN_FAILED"]));
    expect(res.body.totalCount).toBe(names.length);
  });

  it.each([
    ["eventType=API_KEY_MADE_UP", "eventType"],
    ["eventType=api_key_created", "eventType"],
    [`eventType=${"A".repeat(10_000)}`, "eventType"],
    ["eventType=%00", "eventType"],
    ["eventType=", "eventType"],
    ["minDate=yesterday", "minDate"],
    ["minDate=2026-13-45T00:00:00Z", "minDate"],
    ["minDate=2026-08-10", "minDate"],
    ["maxDate=%F0%9F%92%A5", "maxDate"],
    ["maxDate=+275760-09-13T00:00:00Z", "maxDate"],
    ["minDate=2026-08-10T00:00:00Z&maxDate=2026-08-09T00:00:00Z", "minDate"],
    ["includeRaw=yes", "includeRaw"],
    ["itemsPerPage=0", "itemsPerPage"],
    ["itemsPerPage=501", "itemsPerPage"],
    ["pageNum=-1", "pageNum"],
    ["pageNum=1e400", "pageNum"],
    ["includeCount=maybe", "includeCount"],
  ])("answers ?%s with a 400 naming %s", async (query, name) => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    for (const path of [`/orgs/${world.orgId}/events`, `/groups/${world.groupA}/events`]) {
      const res = await owner.call("GET", `${path}?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.parameters).toContain(name);
    }
  });

  it("answers hostile paths and extreme but valid queries without a 5xx", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    // 300 repeats: about 8 KB, under Node's 16 KB header limit (past it Node answers 431 itself).
    const many = Array(300).fill("eventType=API_KEY_CREATED").join("&");
    const cases: [string, number][] = [
      [`${org}/events/not-an-id`, 400],
      [`${org}/events/${"f".repeat(24)}`, 404],
      [`${org}/events/${"f".repeat(24)}?includeRaw=1`, 400],
      // The client resolves the dot segments: the path becomes /groups/{id}/, no route.
      [`/groups/${world.groupA}/events/%2e%2e`, 404],
      [`${org}/events?pageNum=1000000&itemsPerPage=500`, 200],
      [`${org}/events?minDate=0000-01-01T00:00:00Z&maxDate=9999-12-31T23:59:59.999999999Z`, 200],
      [`${org}/events?${many}`, 200],
      [`${org}/events?eventType=API_KEY_CREATED&eventType=API_KEY_CREATED&unknown=1`, 200],
    ];
    for (const [path, status] of cases) {
      const res = await owner.call("GET", path);
      expect([path.slice(0, 120), res.status]).toEqual([path.slice(0, 120), status]);
    }
  });
});
