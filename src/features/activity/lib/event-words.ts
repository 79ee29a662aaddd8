// An event in plain words: "admin@example.com added 192.0.2.0/24 to key
// kvthgcnw's access list". Projects by name, roles by their console labels.
// Names and addresses only; the feed has no secrets.
import { EVENT_TYPES, type AtlasEvent, type EventType } from "../../../../contract/events.ts";
import { roleLabel } from "../../../../contract/role-catalog.ts";

export function actorOf(e: AtlasEvent): string {
  if (e.serviceAccountClientId && !e.username && !e.publicKey) return `service account ${e.serviceAccountClientId}`;
  return e.username ?? e.publicKey ?? (e.operatorName ? `operator (${e.operatorName})` : "Someone");
}

const roles = (list: string[] | undefined) => (list?.length ? list.map(roleLabel).join(", ") : "no roles");
const quoted = (name: string | undefined) => `"${name ?? ""}"`;

/**
 * The project an event names, as a person knows it. In the org feed, a project
 * missing from the names it can read no longer exists (the feed shows no
 * event of a project the reader cannot see); until the names load, "a project".
 */
function projectPhrase(e: AtlasEvent, feed: "org" | "project", names: ReadonlyMap<string, string> | undefined): string {
  if (feed === "project") return "this project";
  const name = e.groupId ? names?.get(e.groupId) : undefined;
  if (name !== undefined) return `project ${quoted(name)}`;
  return names ? "a project since deleted" : "a project";
}

type Phrase = (who: string, e: AtlasEvent, project: string) => string;

const key = (e: AtlasEvent) => `API key ${e.targetPublicKey ?? "(unknown)"}`;

const account = (e: AtlasEvent) => `service account ${e.targetClientId ?? "(unknown)"}`;
const inProject = (e: AtlasEvent, project: string) => (e.groupId ? ` in ${project}` : "");

/** Service accounts' events, in the same words as the keys'. */
const ACCOUNT_PHRASES: Partial<Record<EventType, Phrase>> = {
  SERVICE_ACCOUNT_CREATED: (who, e) => `${who} created ${account(e)}${e.newRoles ? ` as ${roles(e.newRoles)}` : ""}`,
  SERVICE_ACCOUNT_DELETED: (who, e) => `${who} deleted ${account(e)}`,
  SERVICE_ACCOUNT_DETAILS_CHANGED: (who, e) => `${who} changed the name or description of ${account(e)}`,
  SERVICE_ACCOUNT_ROLES_CHANGED: (who, e, project) =>
    `${who} changed the roles of ${account(e)}${inProject(e, project)} from ${roles(e.oldRoles)} to ${roles(e.newRoles)}`,
  SERVICE_ACCOUNT_ADDED_TO_GROUP: (who, e, project) => `${who} added ${account(e)} to ${project} as ${roles(e.newRoles)}`,
  SERVICE_ACCOUNT_REMOVED_FROM_GROUP: (who, e, project) => `${who} removed ${account(e)} from ${project}`,
  SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_ADDED: (who, e) => `${who} added ${e.whitelistEntry ?? "an entry"} to ${account(e)}'s access list`,
  SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_DELETED: (who, e) => `${who} removed ${e.whitelistEntry ?? "an entry"} from ${account(e)}'s access list`,
  SERVICE_ACCOUNT_SECRET_ADDED: (who, e) => `${who} generated a new client secret for ${account(e)}`,
  SERVICE_ACCOUNT_SECRET_DELETED: (who, e) => `${who} revoked a client secret of ${account(e)}`,
  USER_PASSWORD_CHANGED: (who) => `${who} changed their password`,
  USER_TWO_FACTOR_ENROLLED: (who) => `${who} turned on two-factor sign-in`,
  USER_TWO_FACTOR_RESET: (who) => `${who} replaced their two-factor authenticator and recovery codes`,
  USER_TWO_FACTOR_DISABLED: (who) => `${who} turned off two-factor sign-in`,
  USER_OTHER_SESSIONS_ENDED: (who) => `${who} signed out of their other sessions`,
};

const PHRASES: Partial<Record<EventType, Phrase>> = {
  API_KEY_CREATED: (who, e) => `${who} created ${key(e)}${e.newRoles ? ` as ${roles(e.newRoles)}` : ""}`,
  API_KEY_DELETED: (who, e) => `${who} deleted ${key(e)}`,
  API_KEY_DESCRIPTION_CHANGED: (who, e) => `${who} renamed ${key(e)} from ${quoted(e.oldDesc)} to ${quoted(e.newDesc)}`,
  API_KEY_ROLES_CHANGED: (who, e, project) =>
    `${who} changed the roles of ${key(e)}${e.groupId ? ` in ${project}` : ""} from ${roles(e.oldRoles)} to ${roles(e.newRoles)}`,
  API_KEY_ACCESS_LIST_ENTRY_ADDED: (who, e) => `${who} added ${e.whitelistEntry ?? "an entry"} to key ${e.targetPublicKey ?? ""}'s access list`,
  API_KEY_ACCESS_LIST_ENTRY_DELETED: (who, e) => `${who} removed ${e.whitelistEntry ?? "an entry"} from key ${e.targetPublicKey ?? ""}'s access list`,
  API_KEY_ADDED_TO_GROUP: (who, e, project) => `${who} added ${key(e)} to ${project} as ${roles(e.newRoles)}`,
  API_KEY_REMOVED_FROM_GROUP: (who, e, project) => `${who} removed ${key(e)} from ${project}`,
  GROUP_CREATED: (who, e) => `${who} created project ${quoted(e.newName)}`,
  GROUP_NAME_CHANGED: (who, e) => `${who} renamed project ${quoted(e.oldName)} to ${quoted(e.newName)}`,
  GROUP_DELETED: (who, e) => `${who} deleted project ${quoted(e.oldName)}`,
  JOINED_ORG: (who, e) => `${who} added user ${e.targetUsername ?? ""} to the organization as ${roles(e.newRoles)}`,
  JOINED_GROUP: (who, e, project) => `${who} added user ${e.targetUsername ?? ""} to ${project} as ${roles(e.newRoles)}`,
  USER_PASSWORD_RESET: (who, e) => `${who} reset the password of ${e.targetUsername ?? "a user"}`,
  USER_PASSWORD_RESET_LINK_CREATED: (who, e) => `${who} issued a password-reset link for ${e.targetUsername ?? "a user"}`,
  INVITED_TO_ORG: (who, e) => `${who} invited ${e.targetUsername ?? "a user"} to the organization as ${roles(e.newRoles)}`,
  INVITED_TO_GROUP: (who, e, project) => `${who} invited ${e.targetUsername ?? "a user"} to ${project} as ${roles(e.newRoles)}`,
  ORG_INVITATION_DELETED: (who, e) => `${who} cancelled the invitation of ${e.targetUsername ?? "a user"}`,
  GROUP_INVITATION_DELETED: (who, e, project) => `${who} withdrew ${project} from the invitation of ${e.targetUsername ?? "a user"}`,
  REMOVED_FROM_ORG: (who, e) => `${who} removed ${e.targetUsername ?? "a user"} from the organization`,
  REMOVED_FROM_GROUP: (who, e, project) => `${who} removed ${e.targetUsername ?? "a user"} from ${project}`,
  USER_ROLES_CHANGED_AUDIT: (who, e, project) =>
    `${who} changed the roles of ${e.targetUsername ?? "a user"}${e.groupId ? ` in ${project}` : ""} from ${roles(e.oldRoles)} to ${roles(e.newRoles)}`,
  ORG_CREATED: (who, e) => `${who} created the organization ${quoted(e.newName)}`,
  ORG_RENAMED: (who, e) => `${who} renamed the organization from ${quoted(e.oldName)} to ${quoted(e.newName)}`,
  ORG_PUBLIC_API_ACCESS_LIST_REQUIRED: (who) => `${who} required an access list for every API key of the organization`,
  ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED: (who) => `${who} stopped requiring an access list for the organization's API keys`,
  ORG_TWO_FACTOR_AUTH_REQUIRED: (who) => `${who} required multi-factor authentication for the organization`,
  ORG_TWO_FACTOR_AUTH_OPTIONAL: (who) => `${who} made multi-factor authentication optional for the organization`,
  ORG_EMPLOYEE_ACCESS_RESTRICTED: (who) => `${who} restricted support staff's access to the organization`,
  ORG_EMPLOYEE_ACCESS_UNRESTRICTED: (who) => `${who} lifted the restriction on support staff's access to the organization`,
  CUSTOM_SESSION_TIMEOUT_MODIFIED: (who) => `${who} changed the organization's session timeouts`,
  SECURITY_CONTACT_MODIFIED: (who) => `${who} changed the organization's security contact`,
  ORG_SERVICE_ACCOUNT_MAX_SECRET_VALIDITY_EDITED: (who) => `${who} changed how long service account secrets may stay valid`,
  ORG_SETTINGS_CHANGED: (who, e) => `${who} changed the organization's settings: ${(e.settings ?? []).join(", ")}`,
  USER_SIGNED_IN: (who) => `${who} signed in`,
  USER_SIGN_IN_FAILED: (_who, e) => `A sign-in as ${e.targetUsername ?? "a user"} failed (wrong password)`,
  USER_SIGN_IN_LOCKED_OUT: (_who, e) =>
    `Sign-ins as ${e.targetUsername ?? "a user"} from ${e.remoteAddress ?? "an address"} were refused after repeated failures`,
};

export function describeEvent(e: AtlasEvent, feed: "org" | "project", projectNames?: ReadonlyMap<string, string>): string {
  const who = actorOf(e);
  const phrase = PHRASES[e.eventTypeName as EventType] ?? ACCOUNT_PHRASES[e.eventTypeName as EventType];
  if (phrase) return phrase(who, e, projectPhrase(e, feed, projectNames));
  // A type this console has no words for yet (a newer server's): its catalog line, or its name.
  return `${who}: ${EVENT_TYPES[e.eventTypeName as EventType]?.[1] ?? e.eventTypeName}`;
}
