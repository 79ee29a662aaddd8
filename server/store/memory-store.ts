// The Store in memory: for the mock backend (bundled into the browser, so no
// Node modules here) and for tests. It mirrors the SQL stores: same ordering,
// UniqueViolation, foreign-key checks and cascades, and transactions that
// leave nothing behind when they throw.
import * as orgAdmin from "./memory-org-admin.ts";
import { memoryEvents } from "./events-memory.ts";
import { dropGroupAssignments, memoryServiceAccounts, newSaState, type SaState } from "./sa-memory.ts";
import type { ServiceAccountStore } from "./sa-types.ts";
import type { EventRow, EventStore } from "./events-types.ts";
import { memoryAccount, newAccountState, type AccountState } from "./account-memory.ts";
import { memoryPeople, newPeopleState, type PeopleState } from "./people-memory.ts";
import type { PeopleStore } from "./people-types.ts";
import type { AccountStore } from "./account-types.ts";
import { MissingReference, UniqueViolation } from "./types.ts";
import type { AccessEntryRow, ApiKeyRow, GroupRow, KeyGroupRow, MembershipRow, OrgRow, Page, SessionRow, Store, UserRow } from "./types.ts";

interface State {
  orgs: Map<string, OrgRow>;
  groups: Map<string, GroupRow>;
  users: Map<string, UserRow>;
  userOrgRoles: Map<string, MembershipRow>;
  userGroupRoles: Map<string, MembershipRow>;
  sessions: Map<string, SessionRow>;
  keys: Map<string, ApiKeyRow>;
  keyGroups: Map<string, KeyGroupRow>;
  accessEntries: Map<string, AccessEntryRow>;
  orgSettings: Map<string, Record<string, unknown>>;
  events: EventRow[];
  sa: SaState;
  account: AccountState;
  people: PeopleState;
}

/** What a store shares with the transaction stores it hands out. */
interface Core {
  state: State;
  /** Tail of the queue of exclusive sections (a promise-chain mutex). */
  tail: Promise<void>;
}

const newCore = (): Core => ({
  state: {
    orgs: new Map(), groups: new Map(), users: new Map(), userOrgRoles: new Map(), userGroupRoles: new Map(),
    sessions: new Map(), keys: new Map(), keyGroups: new Map(), accessEntries: new Map(), orgSettings: new Map(), events: [],
    sa: newSaState(), account: newAccountState(), people: newPeopleState(),
  },
  tail: Promise.resolve(),
});

const pair = (a: string, b: string): string => JSON.stringify([a, b]);
// Rows go in and out as copies so callers can never mutate stored state.
const copy = <T>(row: T): T => structuredClone(row);
// Code-unit order, as SQLite's BINARY and PostgreSQL's "C" collation sort ids.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const oldestFirst = <T extends { created: Date }>(rows: T[], tie: (r: T) => string): T[] =>
  rows.sort((a, b) => a.created.getTime() - b.created.getTime() || cmp(tie(a), tie(b)));
const isLater = (stored: Date | null, at: Date): boolean => stored === null || stored.getTime() < at.getTime();
const paged = <T>(rows: T[], page: Page): T[] => rows.slice(page.offset, page.offset + page.limit);

function absent(map: Map<string, unknown>, key: string, what: string): void {
  if (map.has(key)) throw new UniqueViolation(what);
}
/** The SQL stores reject rows whose parent is missing; so does this one. */
function parent(map: Map<string, unknown>, id: string, what: string): void {
  if (!map.has(id)) throw new MissingReference(`no ${what} ${id}`);
}

/** The service-accounts, account and people aggregates' methods come from sa-memory.ts, account-memory.ts and people-memory.ts, on this store's state so transactions roll them back. */
export interface MemoryStore extends ServiceAccountStore, AccountStore, PeopleStore {}

export class MemoryStore implements Store {
  private readonly core: Core;
  private readonly inTransaction: boolean;

  /** Call with no arguments; the parameters are for transaction stores. */
  constructor(core: Core = newCore(), inTransaction = false) {
    this.core = core;
    this.inTransaction = inTransaction;
    const parents = () => ({ sa: this.core.state.sa, orgs: this.core.state.orgs, projects: this.core.state.groups });
    const run = <T>(op: () => T) => this.run(() => op());
    Object.assign(this, memoryServiceAccounts(parents, run), memoryAccount(() => this.core.state, run), memoryPeople(() => this.core.state, run));
  }

  private exclusive<T>(section: () => Promise<T>): Promise<T> {
    const prev = this.core.tail;
    let release = (): void => {};
    this.core.tail = new Promise<void>((resolve) => (release = resolve));
    return prev.then(section).finally(release);
  }

  /** Outside a transaction every call waits its turn, as on SQLite's one connection. */
  private run<T>(op: (s: State) => T): Promise<T> {
    if (this.inTransaction) return Promise.resolve().then(() => op(this.core.state));
    return this.exclusive(async () => op(this.core.state));
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    return this.exclusive(async () => {
      const snapshot = structuredClone(this.core.state);
      try {
        return await fn(new MemoryStore(this.core, true));
      } catch (e) {
        this.core.state = snapshot;
        throw e;
      }
    });
  }
  async lockOrg(_orgId: string): Promise<void> {
    // Transactions are already serial here.
    if (!this.inTransaction) throw new Error("lockOrg must be called inside a transaction");
  }
  async close(): Promise<void> {
    if (this.inTransaction) throw new Error("close() inside a transaction");
  }

  insertOrg = (row: OrgRow) => this.run((s) => {
    absent(s.orgs, row.id, `organization ${row.id}`);
    s.orgs.set(row.id, copy(row));
  });
  getOrg = (id: string) => this.run((s) => copy(s.orgs.get(id)));
  listOrgs = (ids: string[] | "all") => this.run((s) => {
    const rows = ids === "all" ? [...s.orgs.values()] : [...s.orgs.values()].filter((o) => ids.includes(o.id));
    return copy(oldestFirst(rows, (o) => o.id));
  });
  updateOrgSettings = (id: string, patch: { apiAccessListRequired?: boolean }) => this.run((s) => {
    const org = s.orgs.get(id);
    if (org && patch.apiAccessListRequired !== undefined) org.apiAccessListRequired = patch.apiAccessListRequired;
  });
  countOrgs = () => this.run((s) => s.orgs.size);

  insertGroup = (row: GroupRow) => this.run((s) => {
    absent(s.groups, row.id, `project ${row.id}`);
    parent(s.orgs, row.orgId, "organization");
    s.groups.set(row.id, copy(row));
  });
  getGroup = (id: string) => this.run((s) => copy(s.groups.get(id)));
  listGroups = (orgId: string) =>
    this.run((s) => copy(oldestFirst([...s.groups.values()].filter((g) => g.orgId === orgId), (g) => g.id)));

  insertUser = (row: UserRow) => this.run((s) => {
    absent(s.users, row.id, `user ${row.email}`);
    if ([...s.users.values()].some((u) => u.email === row.email)) throw new UniqueViolation(`user ${row.email}`);
    s.users.set(row.id, copy(row));
  });
  getUserByEmail = (email: string) => this.run((s) => copy([...s.users.values()].find((u) => u.email === email)));
  getUser = (id: string) => this.run((s) => copy(s.users.get(id)));
  updateUserLogin = (id: string, patch: { failedLogins: number; lockedUntil: Date | null }) => this.run((s) => {
    const user = s.users.get(id);
    if (user) Object.assign(user, copy(patch));
  });
  setUserOrgRoles = (row: MembershipRow) => this.run((s) => {
    parent(s.users, row.userId, "user");
    parent(s.orgs, row.scopeId, "organization");
    s.userOrgRoles.set(pair(row.userId, row.scopeId), copy(row));
  });
  setUserGroupRoles = (row: MembershipRow) => this.run((s) => {
    parent(s.users, row.userId, "user");
    parent(s.groups, row.scopeId, "project");
    s.userGroupRoles.set(pair(row.userId, row.scopeId), copy(row));
  });
  listUserOrgRoles = (userId: string) => this.run((s) => memberships(s.userOrgRoles, userId));
  listUserGroupRoles = (userId: string) => this.run((s) => memberships(s.userGroupRoles, userId));

  insertSession = (row: SessionRow) => this.run((s) => {
    absent(s.sessions, row.tokenHash, "session");
    parent(s.users, row.userId, "user");
    s.sessions.set(row.tokenHash, copy(row));
  });
  getSession = (tokenHash: string) => this.run((s) => copy(s.sessions.get(tokenHash)));
  deleteSession = (tokenHash: string) => this.run((s) => void s.sessions.delete(tokenHash));
  deleteExpiredSessions = (now: Date) => this.run((s) => {
    for (const [hash, session] of s.sessions) if (session.expires.getTime() <= now.getTime()) s.sessions.delete(hash);
  });

  insertKey = (row: ApiKeyRow) => this.run((s) => {
    const what = `API key ${row.publicKey}`;
    absent(s.keys, row.id, what);
    if ([...s.keys.values()].some((k) => k.publicKey === row.publicKey)) throw new UniqueViolation(what);
    parent(s.orgs, row.orgId, "organization");
    s.keys.set(row.id, copy(row));
  });
  getKey = (id: string) => this.run((s) => copy(s.keys.get(id)));
  getKeyByPublicKey = (publicKey: string) => this.run((s) => copy([...s.keys.values()].find((k) => k.publicKey === publicKey)));
  countKeys = (orgId: string) => this.run((s) => [...s.keys.values()].filter((k) => k.orgId === orgId).length);
  listKeys = (orgId: string, page: Page) =>
    this.run((s) => copy(paged(oldestFirst([...s.keys.values()].filter((k) => k.orgId === orgId), (k) => k.id), page)));
  updateKey = (id: string, patch: { desc?: string; orgRoles?: string[] }) => this.run((s) => {
    const key = s.keys.get(id);
    if (!key) return;
    if (patch.desc !== undefined) key.desc = patch.desc;
    if (patch.orgRoles !== undefined) key.orgRoles = [...patch.orgRoles];
  });
  deleteKey = (id: string) => this.run((s) => {
    // The cascades of the SQL schema.
    s.keys.delete(id);
    for (const [k, kg] of s.keyGroups) if (kg.keyId === id) s.keyGroups.delete(k);
    for (const [k, e] of s.accessEntries) if (e.keyId === id) s.accessEntries.delete(k);
  });
  touchKey = (id: string, lastUsed: Date) => this.run((s) => {
    const key = s.keys.get(id);
    if (key && isLater(key.lastUsed, lastUsed)) key.lastUsed = new Date(lastUsed.getTime());
  });

  insertKeyGroup = (row: KeyGroupRow) => this.run((s) => {
    absent(s.keyGroups, pair(row.keyId, row.groupId), `API key ${row.keyId} in project ${row.groupId}`);
    parent(s.keys, row.keyId, "API key");
    parent(s.groups, row.groupId, "project");
    s.keyGroups.set(pair(row.keyId, row.groupId), copy(row));
  });
  getKeyGroup = (keyId: string, groupId: string) => this.run((s) => copy(s.keyGroups.get(pair(keyId, groupId))));
  listKeyGroupsForKeys = (keyIds: string[]) => this.run((s) => {
    const wanted = new Set(keyIds);
    const rows = [...s.keyGroups.values()].filter((kg) => wanted.has(kg.keyId));
    return copy(rows.sort((a, b) => cmp(a.keyId, b.keyId) || cmp(a.groupId, b.groupId)));
  });
  countGroupKeys = (groupId: string) => this.run((s) => [...s.keyGroups.values()].filter((kg) => kg.groupId === groupId).length);
  listGroupKeys = (groupId: string, page: Page) => this.run((s) => {
    const rows = [...s.keyGroups.values()].filter((kg) => kg.groupId === groupId).flatMap((kg) => {
      const key = s.keys.get(kg.keyId);
      return key ? [{ key, roles: kg.roles }] : [];
    });
    rows.sort((a, b) => a.key.created.getTime() - b.key.created.getTime() || cmp(a.key.id, b.key.id));
    return copy(paged(rows, page));
  });
  updateKeyGroupRoles = (keyId: string, groupId: string, roles: string[]) => this.run((s) => {
    const kg = s.keyGroups.get(pair(keyId, groupId));
    if (kg) kg.roles = [...roles];
  });
  deleteKeyGroup = (keyId: string, groupId: string) => this.run((s) => void s.keyGroups.delete(pair(keyId, groupId)));

  insertAccessEntry = (row: AccessEntryRow) => this.run((s) => {
    absent(s.accessEntries, pair(row.keyId, row.cidrBlock), `access list entry ${row.cidrBlock}`);
    parent(s.keys, row.keyId, "API key");
    s.accessEntries.set(pair(row.keyId, row.cidrBlock), copy(row));
  });
  getAccessEntry = (keyId: string, cidrBlock: string) => this.run((s) => copy(s.accessEntries.get(pair(keyId, cidrBlock))));
  listAccessEntries = (keyId: string) =>
    this.run((s) => copy(oldestFirst([...s.accessEntries.values()].filter((e) => e.keyId === keyId), (e) => e.cidrBlock)));
  countAccessEntries = (keyId: string) => this.run((s) => [...s.accessEntries.values()].filter((e) => e.keyId === keyId).length);
  deleteAccessEntry = (keyId: string, cidrBlock: string) => this.run((s) => void s.accessEntries.delete(pair(keyId, cidrBlock)));
  recordAccessEntryUse = (keyId: string, cidrBlock: string, use: { at: Date; address: string; requests: number }) => this.run((s) => {
    const entry = s.accessEntries.get(pair(keyId, cidrBlock));
    if (!entry) return;
    entry.count += use.requests;
    if (isLater(entry.lastUsed, use.at)) {
      entry.lastUsed = new Date(use.at.getTime());
      entry.lastUsedAddress = use.address;
    }
  });

  setUserPassword = (id: string, passwordHash: string) => this.run((s) => {
    const user = s.users.get(id);
    if (user) Object.assign(user, { passwordHash, failedLogins: 0, lockedUntil: null });
  });
  deleteUserSessions = (userId: string) => this.run((s) => {
    for (const [hash, session] of s.sessions) if (session.userId === userId) s.sessions.delete(hash);
  });
  countUserSessions = (userId: string) => this.run((s) => [...s.sessions.values()].filter((x) => x.userId === userId).length);
  updateOrgName = (id: string, name: string) => this.run((s) => orgAdmin.updateOrgName(s, id, name));
  getOrgStoredSettings = (id: string) => this.run((s) => orgAdmin.getOrgStoredSettings(s, id));
  setOrgStoredSettings = (id: string, settings: Record<string, unknown>) => this.run((s) => orgAdmin.setOrgStoredSettings(s, id, settings));
  updateGroupName = (id: string, name: string) => this.run((s) => orgAdmin.updateGroupName(s, id, name));
  deleteGroup = (id: string) => this.run((s) => {
    orgAdmin.deleteGroup(s, id);
    dropGroupAssignments(s.sa, id);
  });
  listOrgMembers = (orgId: string) => this.run((s) => orgAdmin.listOrgMembers(s, orgId));
  listGroupMembers = (groupId: string) => this.run((s) => orgAdmin.listGroupMembers(s, groupId));
  listOrgGroupRoles = (orgId: string) => this.run((s) => orgAdmin.listOrgGroupRoles(s, orgId));

  // The events aggregate (events-memory.ts), kept in this store's state so transactions roll it back.
  private readonly events = memoryEvents(() => this.core.state.events, (op) => this.run(() => op()));
  insertEvent = (row: EventRow) => this.events.insertEvent(row);
  getEvent = (id: string) => this.events.getEvent(id);
  listEvents: EventStore["listEvents"] = (q, page) => this.events.listEvents(q, page);
  countEvents: EventStore["countEvents"] = (q) => this.events.countEvents(q);
  deleteEventsBefore = (before: Date, limit: number) => this.events.deleteEventsBefore(before, limit);
}

function memberships(map: Map<string, MembershipRow>, userId: string): MembershipRow[] {
  return copy([...map.values()].filter((m) => m.userId === userId).sort((a, b) => cmp(a.scopeId, b.scopeId)));
}
