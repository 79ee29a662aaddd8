// The service-accounts aggregate in memory (mock backend and tests): the same
// answers, order, constraint errors and cascades as sa-kysely.ts, over maps
// the MemoryStore keeps in its state, so its transactions roll them back too.
import type { SaAccessEntryRow, SaGroupRow, SaSecretRow, SaTokenRow, ServiceAccountRow, ServiceAccountStore } from "./sa-types.ts";
import { MissingReference, UniqueViolation, type Page } from "./types.ts";

export interface SaState {
  accounts: Map<string, ServiceAccountRow>;
  groups: Map<string, SaGroupRow>;
  secrets: Map<string, SaSecretRow>;
  entries: Map<string, SaAccessEntryRow>;
  tokens: Map<string, SaTokenRow>;
}

export const newSaState = (): SaState => ({ accounts: new Map(), groups: new Map(), secrets: new Map(), entries: new Map(), tokens: new Map() });

/** What the aggregate reads of the rest of the store: parents its rows must have. */
export interface SaParents {
  sa: SaState;
  orgs: Map<string, unknown>;
  projects: Map<string, unknown>;
}

const pair = (a: string, b: string): string => JSON.stringify([a, b]);
const copy = <T>(row: T): T => structuredClone(row);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCreated = <T extends { created: Date }>(tie: (r: T) => string) => (a: T, b: T): number =>
  a.created.getTime() - b.created.getTime() || cmp(tie(a), tie(b));
const isLater = (stored: Date | null, at: Date): boolean => stored === null || stored.getTime() < at.getTime();
const paged = <T>(rows: T[], page: Page): T[] => rows.slice(page.offset, page.offset + page.limit);
function need(map: Map<string, unknown>, id: string, what: string): void {
  if (!map.has(id)) throw new MissingReference(`no ${what} ${id}`);
}
function fresh(map: Map<string, unknown>, id: string, what: string): void {
  if (map.has(id)) throw new UniqueViolation(what);
}
function deleteWhere<V>(map: Map<string, V>, drop: (v: V) => boolean): void {
  for (const [k, v] of map) if (drop(v)) map.delete(k);
}

/** Removes a project's assignments (the SQL schema's cascade from groups). */
export function dropGroupAssignments(sa: SaState, groupId: string): void {
  deleteWhere(sa.groups, (g) => g.groupId === groupId);
}

export function memoryServiceAccounts(state: () => SaParents, run: <T>(op: () => T) => Promise<T>): ServiceAccountStore {
  const sa = () => state().sa;
  const accountsOf = (orgId: string) => [...sa().accounts.values()].filter((a) => a.orgId === orgId);
  const groupRows = (groupId: string) => [...sa().groups.values()].filter((g) => g.groupId === groupId);
  return {
    insertServiceAccount: (row) => run(() => {
      fresh(sa().accounts, row.clientId, `service account ${row.clientId}`);
      need(state().orgs, row.orgId, "organization");
      sa().accounts.set(row.clientId, copy(row));
    }),
    getServiceAccount: (clientId) => run(() => copy(sa().accounts.get(clientId))),
    countServiceAccounts: (orgId) => run(() => accountsOf(orgId).length),
    listServiceAccounts: (orgId, page) => run(() => copy(paged(accountsOf(orgId).sort(byCreated<ServiceAccountRow>((a) => a.clientId)), page))),
    updateServiceAccount: (clientId, patch) => run(() => {
      const a = sa().accounts.get(clientId);
      if (!a) return;
      if (patch.name !== undefined) a.name = patch.name;
      if (patch.description !== undefined) a.description = patch.description;
      if (patch.orgRoles !== undefined) a.orgRoles = [...patch.orgRoles];
    }),
    deleteServiceAccount: (clientId) => run(() => {
      const s = sa();
      s.accounts.delete(clientId);
      for (const map of [s.groups, s.secrets, s.entries, s.tokens] as Map<string, { clientId: string }>[]) {
        deleteWhere(map, (r) => r.clientId === clientId);
      }
    }),

    insertSaGroup: (row) => run(() => {
      fresh(sa().groups, pair(row.clientId, row.groupId), `service account ${row.clientId} in project ${row.groupId}`);
      need(sa().accounts, row.clientId, "service account");
      need(state().projects, row.groupId, "project");
      sa().groups.set(pair(row.clientId, row.groupId), copy(row));
    }),
    getSaGroup: (clientId, groupId) => run(() => copy(sa().groups.get(pair(clientId, groupId)))),
    listSaGroupsFor: (clientIds) => run(() => {
      const wanted = new Set(clientIds);
      const rows = [...sa().groups.values()].filter((g) => wanted.has(g.clientId));
      return copy(rows.sort((a, b) => cmp(a.clientId, b.clientId) || cmp(a.groupId, b.groupId)));
    }),
    countGroupServiceAccounts: (groupId) => run(() => groupRows(groupId).length),
    listGroupServiceAccounts: (groupId, page) => run(() => {
      const rows = groupRows(groupId).flatMap((g) => {
        const account = sa().accounts.get(g.clientId);
        return account ? [{ account, roles: g.roles }] : [];
      });
      rows.sort((a, b) => byCreated<ServiceAccountRow>((x) => x.clientId)(a.account, b.account));
      return copy(paged(rows, page));
    }),
    updateSaGroupRoles: (clientId, groupId, roles) => run(() => {
      const g = sa().groups.get(pair(clientId, groupId));
      if (g) g.roles = [...roles];
    }),
    deleteSaGroup: (clientId, groupId) => run(() => void sa().groups.delete(pair(clientId, groupId))),

    insertSaSecret: (row) => run(() => {
      fresh(sa().secrets, row.id, `secret ${row.id}`);
      need(sa().accounts, row.clientId, "service account");
      sa().secrets.set(row.id, copy(row));
    }),
    listSaSecretsFor: (clientIds) => run(() => {
      const wanted = new Set(clientIds);
      const rows = [...sa().secrets.values()].filter((s) => wanted.has(s.clientId));
      return copy(rows.sort((a, b) => cmp(a.clientId, b.clientId) || byCreated<SaSecretRow>((s) => s.id)(a, b)));
    }),
    deleteSaSecret: (clientId, id) => run(() => {
      if (sa().secrets.get(id)?.clientId !== clientId) return;
      sa().secrets.delete(id);
      deleteWhere(sa().tokens, (t) => t.secretId === id);
    }),
    touchSaSecret: (id, lastUsed) => run(() => {
      const s = sa().secrets.get(id);
      if (s && isLater(s.lastUsed, lastUsed)) s.lastUsed = new Date(lastUsed.getTime());
    }),

    insertSaAccessEntry: (row) => run(() => {
      fresh(sa().entries, pair(row.clientId, row.cidrBlock), `access list entry ${row.cidrBlock}`);
      need(sa().accounts, row.clientId, "service account");
      sa().entries.set(pair(row.clientId, row.cidrBlock), copy(row));
    }),
    getSaAccessEntry: (clientId, cidrBlock) => run(() => copy(sa().entries.get(pair(clientId, cidrBlock)))),
    listSaAccessEntries: (clientId) =>
      run(() => copy([...sa().entries.values()].filter((e) => e.clientId === clientId).sort(byCreated<SaAccessEntryRow>((e) => e.cidrBlock)))),
    deleteSaAccessEntry: (clientId, cidrBlock) => run(() => void sa().entries.delete(pair(clientId, cidrBlock))),
    recordSaAccessEntryUse: (clientId, cidrBlock, use) => run(() => {
      const entry = sa().entries.get(pair(clientId, cidrBlock));
      if (!entry) return;
      entry.count += use.requests;
      if (isLater(entry.lastUsed, use.at)) Object.assign(entry, { lastUsed: new Date(use.at.getTime()), lastUsedAddress: use.address });
    }),

    insertSaToken: (row) => run(() => {
      fresh(sa().tokens, row.hash, "access token");
      need(sa().accounts, row.clientId, "service account");
      need(sa().secrets, row.secretId, "secret");
      sa().tokens.set(row.hash, copy(row));
    }),
    getSaToken: (hash) => run(() => copy(sa().tokens.get(hash))),
    countLiveSaTokens: (clientId, now) =>
      run(() => [...sa().tokens.values()].filter((t) => t.clientId === clientId && t.expires.getTime() > now.getTime()).length),
    deleteSaToken: (hash) => run(() => void sa().tokens.delete(hash)),
    deleteExpiredSaTokens: (clientId, now) =>
      run(() => deleteWhere(sa().tokens, (t) => t.clientId === clientId && t.expires.getTime() <= now.getTime())),
  };
}
