// The events aggregate of the Store: an append-only activity log. Rows are
// written by the domain inside the transaction of the change they record
// (domain/events.ts) and read by the feed (domain/event-feed.ts).
import type { Page } from "./types.ts";

/** Who acted: a console user, an API key, a service account, the operator CLI, or nobody known (a failed sign-in). */
export type EventActorKind = "user" | "apiKey" | "serviceAccount" | "operator";

export interface EventRow {
  /** 24 hex characters, ObjectId-like; increases within a process (events-ids.ts). */
  id: string;
  orgId: string;
  /** Set for project events; they show in the org feed too. */
  groupId: string | null;
  type: string;
  created: Date;
  actorKind: EventActorKind | null;
  /** userId or apiKeyId. */
  actorId: string | null;
  /** username (email), publicKey, client ID, or the operator's OS account. */
  actorName: string | null;
  remoteAddress: string | null;
  targetKeyId: string | null;
  targetPublicKey: string | null;
  /** The access-list entry acted on (Atlas keeps the legacy name). */
  whitelistEntry: string | null;
  targetUsername: string | null;
  /** What changed, when an event needs more than its type: never a secret. */
  details: EventDetails | null;
}

export interface EventDetails {
  oldRoles?: string[];
  newRoles?: string[];
  oldDesc?: string;
  newDesc?: string;
  /** An org's or project's name before and after (created: new only; deleted: old only). */
  oldName?: string;
  newName?: string;
  /** Names of the org settings changed (ORG_SETTINGS_CHANGED); never their values. */
  settings?: string[];
  /** The service account acted on (its events have no column of their own). */
  targetClientId?: string;
}

export interface EventQuery {
  orgId?: string;
  groupId?: string;
  /** Any of these types; absent or empty means every type. */
  types?: string[];
  /** Inclusive bounds on created. */
  minDate?: Date;
  maxDate?: Date;
  /**
   * Org feed of a caller who cannot read every project: org-level events plus
   * the events of these projects only.
   */
  onlyGroups?: string[];
  /** A key's history: the events that acted on this key. */
  targetKeyId?: string;
}

export interface EventStore {
  insertEvent(row: EventRow): Promise<void>;
  getEvent(id: string): Promise<EventRow | undefined>;
  /** Newest first (created, then id). */
  listEvents(query: EventQuery, page: Page): Promise<EventRow[]>;
  countEvents(query: EventQuery): Promise<number>;
  /** Deletes at most `limit` events created before `before`; returns how many went. */
  deleteEventsBefore(before: Date, limit: number): Promise<number>;
}
