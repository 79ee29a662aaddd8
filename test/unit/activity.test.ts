// The activity feed's pure parts: URL filters to the Events API query, plain words, CSV export.
import { describe, expect, it } from "vitest";
import type { AtlasEvent } from "../../contract/events.ts";
import { eventsQuery, readFilters } from "../../src/features/activity/lib/activity-filters.ts";
import { describeEvent } from "../../src/features/activity/lib/event-words.ts";
import { toCsv } from "../../src/features/activity/lib/export-feed.ts";

const event = (over: Partial<AtlasEvent>): AtlasEvent => ({
  id: "6a793f6d2c88faeba59bb6f4", created: "2026-08-10T03:03:09Z", eventTypeName: "API_KEY_CREATED", isGlobalAdmin: false, links: [], ...over,
});

describe("activity filters", () => {
  it("reads the URL, ignoring what is not a filter, and asks for every type of the group", () => {
    const f = readFilters(new URLSearchParams("type=accessLists&from=2026-08-01&to=not-a-date&page=0"));
    expect(f).toEqual({ group: "accessLists", from: "2026-08-01", to: undefined, page: 1 });
    const q = new URLSearchParams(eventsQuery(f, { pageNum: 2, itemsPerPage: 25 }));
    expect(q.getAll("eventType")).toEqual(["API_KEY_ACCESS_LIST_ENTRY_ADDED", "API_KEY_ACCESS_LIST_ENTRY_DELETED"]);
    expect(q.get("minDate")).toBe("2026-08-01T00:00:00Z");
    expect(q.get("maxDate")).toBeNull();
    expect(readFilters(new URLSearchParams("type=nope")).group).toBeUndefined();
  });
});

describe("events in plain words", () => {
  it("names the actor, the entry and the key", () => {
    const e = event({ eventTypeName: "API_KEY_ACCESS_LIST_ENTRY_ADDED", username: "admin@example.com", targetPublicKey: "kvthgcnw", whitelistEntry: "192.0.2.0/24" });
    expect(describeEvent(e, "org")).toBe("admin@example.com added 192.0.2.0/24 to key kvthgcnw's access list");
    expect(describeEvent(event({ eventTypeName: "USER_SIGN_IN_FAILED", targetUsername: "a@b.c" }), "org")).toBe("A sign-in as a@b.c failed (wrong password)");
    expect(describeEvent(event({ publicKey: "abcdefgh", targetPublicKey: "zyxwvuts" }), "org")).toBe("abcdefgh created API key zyxwvuts");
  });
});

describe("CSV export", () => {
  it("quotes every cell and defuses formulas", () => {
    const csv = toCsv([event({ username: "=cmd|' /C calc'!A0", targetPublicKey: 'say "hi"' })], "org");
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toBe("created,eventType,actor,remoteAddress,targetPublicKey,accessListEntry,groupId,description");
    expect(row).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(row).toContain(`"say ""hi"""`);
  });
});
