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

  it("keeps a key's id from the URL as the history filter, and nothing else", () => {
    const id = "6835e821c794bf2ac0a9ec73";
    const f = readFilters(new URLSearchParams(`key=${id}&type=users`));
    expect(f).toMatchObject({ key: id, group: "users" });
    const q = new URLSearchParams(eventsQuery(f, { pageNum: 1, itemsPerPage: 25 }));
    expect(q.get("targetApiKeyId")).toBe(id);
    expect(q.getAll("eventType")).toEqual([
      "JOINED_ORG", "JOINED_GROUP", "INVITED_TO_ORG", "ORG_INVITATION_DELETED", "REMOVED_FROM_ORG", "INVITED_TO_GROUP",
      "GROUP_INVITATION_DELETED", "REMOVED_FROM_GROUP", "USER_ROLES_CHANGED_AUDIT", "USER_PASSWORD_RESET", "USER_PASSWORD_RESET_LINK_CREATED",
    ]);
    for (const bad of ["kvthgcnw", id.toUpperCase(), `${id}0`, ""]) {
      expect(readFilters(new URLSearchParams({ key: bad })).key).toBeUndefined();
    }
    expect(new URLSearchParams(eventsQuery(readFilters(new URLSearchParams()), { pageNum: 1, itemsPerPage: 25 })).has("targetApiKeyId")).toBe(false);
  });
});

describe("events in plain words", () => {
  it("names the actor, the entry and the key", () => {
    const e = event({ eventTypeName: "API_KEY_ACCESS_LIST_ENTRY_ADDED", username: "admin@example.com", targetPublicKey: "kvthgcnw", whitelistEntry: "192.0.2.0/24" });
    expect(describeEvent(e, "org")).toBe("admin@example.com added 192.0.2.0/24 to key kvthgcnw's access list");
    expect(describeEvent(event({ eventTypeName: "USER_SIGN_IN_FAILED", targetUsername: "a@b.c" }), "org")).toBe("A sign-in as a@b.c failed (wrong password)");
    expect(describeEvent(event({ publicKey: "abcdefgh", targetPublicKey: "zyxwvuts" }), "org")).toBe("abcdefgh created API key zyxwvuts");
  });

  it("names projects by name in the org feed, and roles by their labels", () => {
    const names = new Map([["b0123456789abcdef012345b", "Production"]]);
    const added = event({ eventTypeName: "API_KEY_ADDED_TO_GROUP", username: "a@b.c", targetPublicKey: "kvthgcnw", groupId: "b0123456789abcdef012345b", newRoles: ["GROUP_READ_ONLY"] });
    expect(describeEvent(added, "org", names)).toBe(`a@b.c added API key kvthgcnw to project "Production" as Project Read Only`);
    expect(describeEvent(added, "project")).toBe("a@b.c added API key kvthgcnw to this project as Project Read Only");
    // A project the org no longer has (deleted); before the names load, just "a project".
    expect(describeEvent(added, "org", new Map())).toBe("a@b.c added API key kvthgcnw to a project since deleted as Project Read Only");
    expect(describeEvent(added, "org")).toBe("a@b.c added API key kvthgcnw to a project as Project Read Only");
    const roles = event({ eventTypeName: "API_KEY_ROLES_CHANGED", username: "a@b.c", targetPublicKey: "kvthgcnw", oldRoles: ["ORG_MEMBER"], newRoles: ["ORG_READ_ONLY", "ORG_BILLING_ADMIN"] });
    expect(describeEvent(roles, "org", names)).toBe("a@b.c changed the roles of API key kvthgcnw from Organization Member to Organization Read Only, Organization Billing Admin");
  });

  it("says what happened to projects, the organization and users, with the names the event keeps", () => {
    const by = { username: "a@b.c" };
    expect(describeEvent(event({ ...by, eventTypeName: "GROUP_DELETED", groupId: "b0123456789abcdef012345b", oldName: "Old" }), "org", new Map())).toBe('a@b.c deleted project "Old"');
    expect(describeEvent(event({ ...by, eventTypeName: "GROUP_NAME_CHANGED", oldName: "A", newName: "B" }), "org")).toBe('a@b.c renamed project "A" to "B"');
    expect(describeEvent(event({ ...by, eventTypeName: "ORG_RENAMED", oldName: "A", newName: "B" }), "org")).toBe('a@b.c renamed the organization from "A" to "B"');
    const joined = event({ operatorName: "cli:ops", eventTypeName: "JOINED_ORG", targetUsername: "new@b.c", newRoles: ["ORG_MEMBER"] });
    expect(describeEvent(joined, "org")).toBe("operator (cli:ops) added user new@b.c to the organization as Organization Member");
    expect(describeEvent(event({ ...by, eventTypeName: "ORG_TWO_FACTOR_AUTH_REQUIRED" }), "org")).toBe("a@b.c required multi-factor authentication for the organization");
    // A type this console has no words for (a newer server's): its name.
    expect(describeEvent(event({ ...by, eventTypeName: "SOME_NEWER_SERVER_TYPE" }), "org")).toBe("a@b.c: SOME_NEWER_SERVER_TYPE");
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

describe("service accounts in the feed", () => {
  it("has a Service accounts filter asking for every SERVICE_ACCOUNT_ type", () => {
    const f = readFilters(new URLSearchParams("type=serviceAccounts"));
    expect(f.group).toBe("serviceAccounts");
    const types = new URLSearchParams(eventsQuery(f, { pageNum: 1, itemsPerPage: 25 })).getAll("eventType");
    expect(types).toContain("SERVICE_ACCOUNT_CREATED");
    expect(types).toContain("SERVICE_ACCOUNT_SECRET_DELETED");
    expect(types.every((t) => t.startsWith("SERVICE_ACCOUNT_"))).toBe(true);
  });

  it("names the account acted on, and an account acting by its client ID", () => {
    const clientId = "mdb_sa_id_6835e821c794bf2ac0a9ec73";
    const added = event({ eventTypeName: "SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_ADDED", username: "admin@example.com", targetClientId: clientId, whitelistEntry: "192.0.2.0/24" });
    expect(describeEvent(added, "org")).toBe(`admin@example.com added 192.0.2.0/24 to service account ${clientId}'s access list`);
    const byAccount = event({ eventTypeName: "API_KEY_DELETED", serviceAccountClientId: clientId, targetPublicKey: "kvthgcnw" });
    expect(describeEvent(byAccount, "org")).toBe(`service account ${clientId} deleted API key kvthgcnw`);
    const moved = event({ eventTypeName: "SERVICE_ACCOUNT_ROLES_CHANGED", username: "a@b.test", targetClientId: clientId, groupId: "6835e821c794bf2ac0a9ec74", oldRoles: ["GROUP_READ_ONLY"], newRoles: ["GROUP_OWNER"] });
    expect(describeEvent(moved, "project")).toBe(`a@b.test changed the roles of service account ${clientId} in this project from Project Read Only to Project Owner`);
  });
});
