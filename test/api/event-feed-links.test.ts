// The activity feed's links and visibility in detail: every link keeps the
// view's filters and paging (self, previous, next, each only where it
// applies), the count only when asked for, one event read through the org's
// route only by whoever may see its project (and never another org's), and the
// catalog of types, none of them alertable.
import { expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { eachStore } from "../support/each-store.ts";
import { signIn } from "../support/server.ts";

type Link = { rel: string; href: string };
const linkOf = (links: Link[], rel: string) => links.find((l) => l.rel === rel)?.href;
const query = (href: string | undefined) => Object.fromEntries(new URL(href ?? "http://x/").searchParams.entries());

eachStore("activity feed: links and visibility", (ctx) => {
  it("keeps every filter in the self, previous and next links, and offers each only where it applies", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const org = `/orgs/${world.orgId}`;
    const minDate = new Date(Date.now() - 1000).toISOString();
    const maxDate = new Date(Date.now() + 3_600_000).toISOString();
    for (let i = 0; i < 3; i++) await owner.call("POST", `${org}/apiKeys`, { desc: `linked ${i}`, roles: ["ORG_MEMBER"] });
    const view = `eventType=API_KEY_CREATED&minDate=${minDate}&maxDate=${maxDate}&includeCount=false&includeRaw=true&itemsPerPage=1`;
    const expected = (pageNum: string) => ({
      eventType: "API_KEY_CREATED", minDate, maxDate, includeCount: "false", includeRaw: "true", pageNum, itemsPerPage: "1",
    });

    const first = await owner.call("GET", `${org}/events?${view}&pageNum=1`);
    expect(first.body.totalCount).toBeUndefined();
    expect(first.body.links.map((l: Link) => l.rel)).toEqual(["self", "next"]);
    expect(query(linkOf(first.body.links, "self"))).toEqual(expected("1"));
    expect(query(linkOf(first.body.links, "next"))).toEqual(expected("2"));

    const middle = await owner.call("GET", `${org}/events?${view}&pageNum=2`);
    expect(middle.body.links.map((l: Link) => l.rel)).toEqual(["previous", "self", "next"]);
    expect(query(linkOf(middle.body.links, "previous"))).toEqual(expected("1"));

    // The last page holds exactly a page's worth: no next.
    const last = await owner.call("GET", `${org}/events?${view}&pageNum=3`);
    expect(last.body.results).toHaveLength(1);
    expect(last.body.links.map((l: Link) => l.rel)).toEqual(["previous", "self"]);
    const counted = await owner.call("GET", `${org}/events?eventType=API_KEY_CREATED&minDate=${minDate}&includeCount=true`);
    expect(counted.body.totalCount).toBe(3);
  });

  it("shows one event through the org's route to whoever may see its project, and never another org's", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const reader = await signIn(server.base, world.users.groupReader);
    const org = `/orgs/${world.orgId}`;
    const since = new Date(Date.now() - 1000).toISOString();
    await owner.call("POST", `${org}/apiKeys`, { desc: "org level", roles: ["ORG_MEMBER"] });
    await owner.call("POST", `/groups/${world.groupB}/apiKeys`, { desc: "in Beta", roles: ["GROUP_READ_ONLY"] });
    const events: AtlasEvent[] = (await owner.call("GET", `${org}/events?minDate=${since}`)).body.results;
    const orgLevel = events.find((e) => e.groupId === undefined);
    const inBeta = events.find((e) => e.groupId === world.groupB);
    if (!orgLevel || !inBeta) throw new Error(`expected an org event and a Beta event: ${JSON.stringify(events)}`);

    expect((await owner.call("GET", `${org}/events/${inBeta.id}`)).status).toBe(200);
    // A member of Alpha only: the org's own events, not Beta's.
    expect((await reader.call("GET", `${org}/events/${orgLevel.id}`)).status).toBe(200);
    expect((await reader.call("GET", `${org}/events/${inBeta.id}`)).status).toBe(404);
    // Another org's owner, through their own org's route.
    const other = await signIn(server.base, world.users.otherOwner);
    expect((await other.call("GET", `/orgs/${world.otherOrgId}/events/${orgLevel.id}`)).status).toBe(404);
  });

  it("lists the event types, none of them alertable", async () => {
    const { server, world } = ctx();
    const owner = await signIn(server.base, world.users.owner);
    const types = await owner.call("GET", "/eventTypes?itemsPerPage=500");
    expect(types.status).toBe(200);
    expect(types.body.results.length).toBeGreaterThan(10);
    expect(types.body.results.every((t: { alertable: boolean }) => t.alertable === false)).toBe(true);
  });
});
