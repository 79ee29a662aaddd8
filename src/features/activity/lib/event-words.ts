// An event in plain words: "admin@example.com added 192.0.2.0/24 to key
// kvthgcnw's access list". Names and addresses only; the feed has no secrets.
import { EVENT_TYPES, type AtlasEvent, type EventType } from "../../../../contract/events.ts";

export function actorOf(e: AtlasEvent): string {
  return e.username ?? e.publicKey ?? (e.operatorName ? `operator (${e.operatorName})` : "Someone");
}

const roles = (list: string[] | undefined) => (list?.length ? list.join(", ") : "no roles");

export function describeEvent(e: AtlasEvent, feed: "org" | "project"): string {
  const who = actorOf(e);
  const key = `API key ${e.targetPublicKey ?? "(unknown)"}`;
  const project = feed === "project" ? "this project" : `project ${e.groupId ?? ""}`;
  switch (e.eventTypeName) {
    case "API_KEY_CREATED":
      return `${who} created ${key}`;
    case "API_KEY_DELETED":
      return `${who} deleted ${key}`;
    case "API_KEY_DESCRIPTION_CHANGED":
      return `${who} renamed ${key} from "${e.oldDesc ?? ""}" to "${e.newDesc ?? ""}"`;
    case "API_KEY_ROLES_CHANGED":
      return `${who} changed the roles of ${key}${e.groupId ? ` in ${project}` : ""} from ${roles(e.oldRoles)} to ${roles(e.newRoles)}`;
    case "API_KEY_ACCESS_LIST_ENTRY_ADDED":
      return `${who} added ${e.whitelistEntry ?? "an entry"} to key ${e.targetPublicKey ?? ""}'s access list`;
    case "API_KEY_ACCESS_LIST_ENTRY_DELETED":
      return `${who} removed ${e.whitelistEntry ?? "an entry"} from key ${e.targetPublicKey ?? ""}'s access list`;
    case "API_KEY_ADDED_TO_GROUP":
      return `${who} added ${key} to ${project} as ${roles(e.newRoles)}`;
    case "API_KEY_REMOVED_FROM_GROUP":
      return `${who} removed ${key} from ${project}`;
    case "ORG_PUBLIC_API_ACCESS_LIST_REQUIRED":
      return `${who} required an access list for every API key of the organization`;
    case "ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED":
      return `${who} stopped requiring an access list for the organization's API keys`;
    case "ORG_SETTINGS_CHANGED":
      return `${who} changed the organization's settings: ${(e.settings ?? []).join(", ")}`;
    case "USER_SIGNED_IN":
      return `${who} signed in`;
    case "USER_SIGN_IN_FAILED":
      return `A sign-in as ${e.targetUsername ?? "a user"} failed (wrong password)`;
    case "USER_SIGN_IN_LOCKED_OUT":
      return `Sign-ins as ${e.targetUsername ?? "a user"} from ${e.remoteAddress ?? "an address"} were refused after repeated failures`;
    default:
      return `${who}: ${EVENT_TYPES[e.eventTypeName as EventType]?.[1] ?? e.eventTypeName}`;
  }
}
