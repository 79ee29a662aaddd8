// Event rows to the Atlas event view: actor fields by kind (a key's apiKeyId
// and publicKey, a user's userId and username), targets, and our additions
// (old and new roles or description, the target key's id, the CLI operator).
import type { AtlasEvent } from "../../contract/events.ts";
import { API_BASE } from "../../contract/limits.ts";
import type { EventRow } from "../store/events-types.ts";
import { atlasDate } from "./present.ts";

const WARNINGS = new Set(["USER_SIGN_IN_FAILED", "USER_SIGN_IN_LOCKED_OUT"]);

/** Where an event can be read again: its project's feed, or the org's for org-level events. */
export function eventPath(e: EventRow): string {
  return e.groupId ? `${API_BASE}/groups/${e.groupId}/events/${e.id}` : `${API_BASE}/orgs/${e.orgId}/events/${e.id}`;
}

function actorFields(e: EventRow): Partial<AtlasEvent> {
  const id = e.actorId ?? undefined;
  const name = e.actorName ?? undefined;
  if (e.actorKind === "user") return { userId: id, username: name };
  if (e.actorKind === "apiKey") return { apiKeyId: id, publicKey: name };
  if (e.actorKind === "operator") return { operatorName: name };
  if (e.actorKind === "serviceAccount") return { serviceAccountClientId: name };
  return {};
}

/** The raw view's class of an event, by the family its type belongs to. */
function rawClass(type: string): string {
  if (type.startsWith("USER_") || type.startsWith("JOINED_")) return "USER";
  if (type.startsWith("ORG_")) return "ORG";
  if (type.startsWith("GROUP_")) return "GROUP";
  return "API_USER";
}

/** JSON drops undefined fields, as Atlas omits absent ones (no nulls). */
export function presentEvent(origin: string, e: EventRow, includeRaw: boolean): AtlasEvent {
  const d = e.details ?? {};
  const event: AtlasEvent = {
    id: e.id,
    created: atlasDate(e.created),
    eventTypeName: e.type,
    orgId: e.orgId,
    groupId: e.groupId ?? undefined,
    ...actorFields(e),
    remoteAddress: e.remoteAddress ?? undefined,
    isGlobalAdmin: false,
    targetPublicKey: e.targetPublicKey ?? undefined,
    targetApiKeyId: e.targetKeyId ?? undefined,
    whitelistEntry: e.whitelistEntry ?? undefined,
    targetUsername: e.targetUsername ?? undefined,
    oldRoles: d.oldRoles,
    newRoles: d.newRoles,
    oldDesc: d.oldDesc,
    newDesc: d.newDesc,
    oldName: d.oldName,
    newName: d.newName,
    settings: d.settings,
    targetClientId: d.targetClientId,
    links: [{ href: `${origin}${eventPath(e)}`, rel: "self" }],
  };
  if (includeRaw) {
    event.raw = {
      _t: rawClass(e.type),
      id: e.id,
      cre: e.created.toISOString(),
      orgId: e.orgId,
      ...(e.groupId ? { cid: e.groupId } : {}),
      severity: WARNINGS.has(e.type) ? "WARNING" : "INFO",
    };
  }
  return event;
}
