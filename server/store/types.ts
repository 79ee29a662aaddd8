// The Store: every read and write the domain needs, in one interface with
// three implementations (SQLite and PostgreSQL through Kysely, and memory for
// the mock backend). Rows are plain objects; roles are string arrays; times
// are Date. Multi-row changes go through transaction().

export interface OrgRow {
  id: string;
  name: string;
  apiAccessListRequired: boolean;
  created: Date;
}

export interface GroupRow {
  id: string;
  orgId: string;
  name: string;
  created: Date;
}

export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
  created: Date;
}

export interface MembershipRow {
  userId: string;
  /** orgId for org memberships, groupId for project memberships. */
  scopeId: string;
  roles: string[];
}

export interface SessionRow {
  /** sha256 of the cookie value; the cookie value itself is never stored. */
  tokenHash: string;
  userId: string;
  csrfToken: string;
  created: Date;
  expires: Date;
  /**
   * How far sign-in got (auth/sign-in-stages.ts): "full", or a limited session
   * that may only finish signing in ("verify": a second factor is due;
   * "enrol": two-factor enrolment is due). Absent means "full".
   */
  stage?: SessionStage;
  /** The browser's User-Agent at sign-in (trimmed), for the account page. */
  userAgent?: string | null;
  /** The address last seen using the session. */
  address?: string | null;
  lastSeen?: Date | null;
}

export type SessionStage = "full" | "verify" | "enrol";

export interface ApiKeyRow {
  id: string;
  orgId: string;
  publicKey: string;
  desc: string;
  /** Last 12 characters of the private key, for the masked form. */
  privateKeyTail: string;
  /** What Digest needs (HA1 per algorithm), encrypted with the server secret. */
  secretEnc: string;
  orgRoles: string[];
  created: Date;
  lastUsed: Date | null;
}

export interface KeyGroupRow {
  keyId: string;
  groupId: string;
  roles: string[];
}

export interface AccessEntryRow {
  keyId: string;
  /** Canonical "network/prefix"; unique per key. */
  cidrBlock: string;
  /** Set when the entry was added as a single address. */
  ipAddress: string | null;
  created: Date;
  lastUsed: Date | null;
  lastUsedAddress: string | null;
  count: number;
}

import type { EventStore } from "./events-types.ts";
import type { AccountStore } from "./account-types.ts";
import type { ServiceAccountStore } from "./sa-types.ts";
import type { PeopleStore } from "./people-types.ts";

export interface Page {
  offset: number;
  limit: number;
}

export interface Store extends EventStore, ServiceAccountStore, AccountStore, PeopleStore {
  /** Runs fn atomically: all of its writes land, or none. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** Inside a transaction: serialise writers of this org (key counts, cascades). */
  lockOrg(orgId: string): Promise<void>;
  close(): Promise<void>;
  /**
   * A token equal between two calls only if nothing was committed in between,
   * by this process or another. Absent where no cheap answer exists
   * (PostgreSQL, memory); read caches key on it.
   */
  readGeneration?(): number;
  /**
   * Where asking readGeneration costs a round trip (PostgreSQL): resolves once
   * every commit made before the call shows in readGeneration. The app awaits
   * it once per request, before the request reads anything.
   */
  awaitCommits?(): Promise<void>;

  insertOrg(row: OrgRow): Promise<void>;
  getOrg(id: string): Promise<OrgRow | undefined>;
  listOrgs(ids: string[] | "all"): Promise<OrgRow[]>;
  updateOrgSettings(id: string, patch: { apiAccessListRequired?: boolean }): Promise<void>;
  countOrgs(): Promise<number>;

  insertGroup(row: GroupRow): Promise<void>;
  getGroup(id: string): Promise<GroupRow | undefined>;
  listGroups(orgId: string): Promise<GroupRow[]>;

  insertUser(row: UserRow): Promise<void>;
  getUserByEmail(email: string): Promise<UserRow | undefined>;
  getUser(id: string): Promise<UserRow | undefined>;
  updateUserLogin(id: string, patch: { failedLogins: number; lockedUntil: Date | null }): Promise<void>;
  /** Insert or replace the user's roles in one org. */
  setUserOrgRoles(row: MembershipRow): Promise<void>;
  /** Insert or replace the user's roles in one project. */
  setUserGroupRoles(row: MembershipRow): Promise<void>;
  listUserOrgRoles(userId: string): Promise<MembershipRow[]>;
  listUserGroupRoles(userId: string): Promise<MembershipRow[]>;

  insertSession(row: SessionRow): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRow | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;

  /** Throws UniqueViolation when the public key is taken. */
  insertKey(row: ApiKeyRow): Promise<void>;
  getKey(id: string): Promise<ApiKeyRow | undefined>;
  getKeyByPublicKey(publicKey: string): Promise<ApiKeyRow | undefined>;
  countKeys(orgId: string): Promise<number>;
  /** Keys of an org, oldest first (created, then id). */
  listKeys(orgId: string, page: Page): Promise<ApiKeyRow[]>;
  updateKey(id: string, patch: { desc?: string; orgRoles?: string[] }): Promise<void>;
  /** Deletes the key with its project assignments and access list. */
  deleteKey(id: string): Promise<void>;
  /** Keeps the later of the stored and the given time. */
  touchKey(id: string, lastUsed: Date): Promise<void>;

  /** Throws UniqueViolation when the key is already in the project. */
  insertKeyGroup(row: KeyGroupRow): Promise<void>;
  getKeyGroup(keyId: string, groupId: string): Promise<KeyGroupRow | undefined>;
  /** Assignments of these keys (all their projects). */
  listKeyGroupsForKeys(keyIds: string[]): Promise<KeyGroupRow[]>;
  countGroupKeys(groupId: string): Promise<number>;
  /** Keys assigned to a project with their roles there, oldest first. */
  listGroupKeys(groupId: string, page: Page): Promise<{ key: ApiKeyRow; roles: string[] }[]>;
  updateKeyGroupRoles(keyId: string, groupId: string, roles: string[]): Promise<void>;
  deleteKeyGroup(keyId: string, groupId: string): Promise<void>;

  /** Throws UniqueViolation when the block is already on the key's list. */
  insertAccessEntry(row: AccessEntryRow): Promise<void>;
  getAccessEntry(keyId: string, cidrBlock: string): Promise<AccessEntryRow | undefined>;
  /** All entries of a key, oldest first. */
  listAccessEntries(keyId: string): Promise<AccessEntryRow[]>;
  countAccessEntries(keyId: string): Promise<number>;
  deleteAccessEntry(keyId: string, cidrBlock: string): Promise<void>;
  /** Adds `requests` to count and sets lastUsed/lastUsedAddress when later than stored. */
  recordAccessEntryUse(keyId: string, cidrBlock: string, use: { at: Date; address: string; requests: number }): Promise<void>;

  // Operator commands and start-up (server/cli/, server/startup/).
  /** Sets the password hash and clears failed sign-ins and the lockout. */
  setUserPassword(id: string, passwordHash: string): Promise<void>;
  deleteUserSessions(userId: string): Promise<void>;
  /** Sessions of the user, expired ones included until purged. */
  countUserSessions(userId: string): Promise<number>;

  // Projects, org names, stored settings and members (org-admin.ts).
  updateOrgName(id: string, name: string): Promise<void>;
  /** The settings kept as given (JSON object); {} when none were set. */
  getOrgStoredSettings(id: string): Promise<Record<string, unknown>>;
  setOrgStoredSettings(id: string, settings: Record<string, unknown>): Promise<void>;
  updateGroupName(id: string, name: string): Promise<void>;
  /** Deletes the project with its key assignments and user roles there. */
  deleteGroup(id: string): Promise<void>;
  /** Users with roles in the org, by email. */
  listOrgMembers(orgId: string): Promise<Member[]>;
  /** Users with roles in the project, by email. */
  listGroupMembers(groupId: string): Promise<Member[]>;
  /** Project roles held in any project of the org. */
  listOrgGroupRoles(orgId: string): Promise<(MembershipRow & { orgId: string })[]>;
}

export interface Member {
  user: UserRow;
  roles: string[];
}

/** A write hit a unique constraint: the row already exists. */
export class UniqueViolation extends Error {
  constructor(what: string) {
    super(`already exists: ${what}`);
    this.name = "UniqueViolation";
  }
}

/** A write referred to a row that is gone (e.g. a key deleted by a concurrent request). */
export class MissingReference extends Error {
  constructor(what: string) {
    super(`refers to a missing row: ${what}`);
    this.name = "MissingReference";
  }
}
