// The activity feed: which event types exist, how the console groups them,
// and the shape of an event as the Events API returns it (our own schema of
// the Atlas view; see contract notes for the fields).
import { z } from "zod";
import { linkSchema, paginatedSchema } from "./pagination.ts";

export type EventGroup = "keys" | "accessLists" | "projects" | "users" | "settings" | "signIns" | "serviceAccounts";

/** Every type the feed knows, with its group and a one-line description. Atlas names where Atlas has one. */
export const EVENT_TYPES = {
  API_KEY_CREATED: ["keys", "An API key was created."],
  API_KEY_DELETED: ["keys", "An API key was deleted."],
  API_KEY_DESCRIPTION_CHANGED: ["keys", "An API key's description was changed."],
  API_KEY_ROLES_CHANGED: ["keys", "An API key's organization or project roles were changed."],
  API_KEY_ACCESS_LIST_ENTRY_ADDED: ["accessLists", "An entry was added to an API key's access list."],
  API_KEY_ACCESS_LIST_ENTRY_DELETED: ["accessLists", "An entry was removed from an API key's access list."],
  API_KEY_ADDED_TO_GROUP: ["projects", "An API key was added to a project."],
  API_KEY_REMOVED_FROM_GROUP: ["projects", "An API key was removed from a project."],
  GROUP_CREATED: ["projects", "A project was created."],
  GROUP_NAME_CHANGED: ["projects", "A project was renamed."],
  GROUP_DELETED: ["projects", "A project was deleted."],
  JOINED_ORG: ["users", "A user was added to the organization."],
  JOINED_GROUP: ["users", "A user was added to a project."],
  INVITED_TO_ORG: ["users", "A user was invited to the organization (or sent a new invitation link)."],
  ORG_INVITATION_DELETED: ["users", "An invitation to the organization was cancelled."],
  REMOVED_FROM_ORG: ["users", "A user was removed from the organization (and its projects)."],
  INVITED_TO_GROUP: ["users", "A pending invitee was given roles in a project."],
  GROUP_INVITATION_DELETED: ["users", "A pending invitee's roles in a project were withdrawn."],
  REMOVED_FROM_GROUP: ["users", "A user was removed from a project."],
  USER_ROLES_CHANGED_AUDIT: ["users", "A user's organization or project roles were changed."],
  ORG_CREATED: ["settings", "The organization was created."],
  ORG_RENAMED: ["settings", "The organization was renamed."],
  ORG_PUBLIC_API_ACCESS_LIST_REQUIRED: ["settings", "API keys of the organization now need an access list."],
  ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED: ["settings", "API keys of the organization no longer need an access list."],
  ORG_TWO_FACTOR_AUTH_REQUIRED: ["settings", "The organization now requires multi-factor authentication."],
  ORG_TWO_FACTOR_AUTH_OPTIONAL: ["settings", "The organization no longer requires multi-factor authentication."],
  ORG_EMPLOYEE_ACCESS_RESTRICTED: ["settings", "Support staff access to the organization was restricted."],
  ORG_EMPLOYEE_ACCESS_UNRESTRICTED: ["settings", "Support staff access to the organization was unrestricted."],
  CUSTOM_SESSION_TIMEOUT_MODIFIED: ["settings", "The organization's session timeouts were changed."],
  SECURITY_CONTACT_MODIFIED: ["settings", "The organization's security contact was changed."],
  ORG_SERVICE_ACCOUNT_MAX_SECRET_VALIDITY_EDITED: ["settings", "The longest validity of service account secrets was changed."],
  ORG_SETTINGS_CHANGED: ["settings", "Other organization settings were changed (named in the event)."],
  // Ours (Atlas has no console sign-in events).
  USER_SIGNED_IN: ["signIns", "A user signed in to the console."],
  USER_SIGN_IN_FAILED: ["signIns", "A sign-in to an existing user's account failed."],
  USER_SIGN_IN_LOCKED_OUT: ["signIns", "Sign-ins to a user's account from one address were refused after repeated failures."],
  USER_PASSWORD_RESET: ["users", "A user's password was reset, by the CLI or through a reset link (the user's sessions ended)."],
  USER_PASSWORD_RESET_LINK_CREATED: ["users", "An Organization Owner issued a one-time password-reset link for a member."],
  // Ours too (Atlas's event types name none of these account changes).
  USER_PASSWORD_CHANGED: ["signIns", "A user changed their password."],
  USER_TWO_FACTOR_ENROLLED: ["signIns", "A user turned on two-factor sign-in."],
  USER_TWO_FACTOR_RESET: ["signIns", "A user replaced their two-factor authenticator and recovery codes."],
  USER_TWO_FACTOR_DISABLED: ["signIns", "A user turned off two-factor sign-in."],
  USER_OTHER_SESSIONS_ENDED: ["signIns", "A user signed out of their other console sessions."],
  // Accepted in filters now so the service-account feature can record them.
  SERVICE_ACCOUNT_CREATED: ["serviceAccounts", "A service account was created."],
  SERVICE_ACCOUNT_DELETED: ["serviceAccounts", "A service account was deleted."],
  SERVICE_ACCOUNT_ROLES_CHANGED: ["serviceAccounts", "A service account's roles were changed."],
  SERVICE_ACCOUNT_DETAILS_CHANGED: ["serviceAccounts", "A service account's name or description was changed."],
  SERVICE_ACCOUNT_ADDED_TO_GROUP: ["serviceAccounts", "A service account was added to a project."],
  SERVICE_ACCOUNT_REMOVED_FROM_GROUP: ["serviceAccounts", "A service account was removed from a project."],
  SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_ADDED: ["serviceAccounts", "An entry was added to a service account's access list."],
  SERVICE_ACCOUNT_ACCESS_LIST_ENTRY_DELETED: ["serviceAccounts", "An entry was removed from a service account's access list."],
  SERVICE_ACCOUNT_SECRET_ADDED: ["serviceAccounts", "A service account secret was created."],
  SERVICE_ACCOUNT_SECRET_DELETED: ["serviceAccounts", "A service account secret was deleted."],
} as const satisfies Record<string, readonly [EventGroup, string]>;

export type EventType = keyof typeof EVENT_TYPES;

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

export const eventSchema = z.object({
  id: z.string(),
  created: z.string(),
  eventTypeName: z.string(),
  orgId: z.string().optional(),
  groupId: z.string().optional(),
  userId: z.string().optional(),
  username: z.string().optional(),
  apiKeyId: z.string().optional(),
  publicKey: z.string().optional(),
  /** Ours: the operator CLI acted (its OS account). */
  operatorName: z.string().optional(),
  /** Ours: a service account acted (its client ID); Atlas names no field for it. */
  serviceAccountClientId: z.string().optional(),
  remoteAddress: z.string().optional(),
  isGlobalAdmin: z.boolean(),
  targetPublicKey: z.string().optional(),
  /** Ours: the id of the key acted on, so the console can link to it. */
  targetApiKeyId: z.string().optional(),
  whitelistEntry: z.string().optional(),
  targetUsername: z.string().optional(),
  /** Ours: roles before and after, on role changes and assignments. */
  oldRoles: z.array(z.string()).optional(),
  newRoles: z.array(z.string()).optional(),
  /** Ours: the description before and after, on description changes. */
  oldDesc: z.string().optional(),
  newDesc: z.string().optional(),
  /** Ours: the organization's or project's name before and after (a deleted project keeps its name here). */
  oldName: z.string().optional(),
  newName: z.string().optional(),
  /** Ours: the settings an ORG_SETTINGS_CHANGED event changed (names only). */
  settings: z.array(z.string()).optional(),
  /** Ours: the client ID of the service account acted on. */
  targetClientId: z.string().optional(),
  links: z.array(linkSchema),
  raw: z.record(z.string(), z.unknown()).optional(),
});
export type AtlasEvent = z.infer<typeof eventSchema>;
export const eventPageSchema = paginatedSchema(eventSchema);

export const eventTypeDetailsSchema = z.object({ eventType: z.string(), description: z.string(), alertable: z.boolean() });
export type EventTypeDetails = z.infer<typeof eventTypeDetailsSchema>;
