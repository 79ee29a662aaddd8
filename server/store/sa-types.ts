// The service-accounts aggregate of the Store: accounts, their project
// assignments, secrets, access lists and live OAuth tokens. Secrets and
// tokens are kept only as keyed hashes (ServerCrypto.keyedHash). Deleting an
// account takes everything of it along; deleting a secret takes the tokens it
// minted, so both end those tokens on every instance at once.
import type { Page } from "./types.ts";

export interface ServiceAccountRow {
  /** mdb_sa_id_ + 24 hex: the primary key. */
  clientId: string;
  orgId: string;
  name: string;
  description: string;
  orgRoles: string[];
  created: Date;
}

export interface SaGroupRow {
  clientId: string;
  groupId: string;
  roles: string[];
}

export interface SaSecretRow {
  /** 24 hex. */
  id: string;
  clientId: string;
  /** Keyed hash of the secret; the secret itself is never stored. */
  hash: string;
  /** Last four characters, for the masked form. */
  tail: string;
  created: Date;
  expires: Date;
  lastUsed: Date | null;
}

export interface SaAccessEntryRow {
  clientId: string;
  /** Canonical "network/prefix"; unique per account. */
  cidrBlock: string;
  ipAddress: string | null;
  created: Date;
  lastUsed: Date | null;
  lastUsedAddress: string | null;
  count: number;
}

export interface SaTokenRow {
  /** Keyed hash of the access token. */
  hash: string;
  clientId: string;
  /** The secret that minted it: the token ends with it. */
  secretId: string;
  created: Date;
  expires: Date;
}

export interface ServiceAccountStore {
  /** Throws UniqueViolation when the client ID is taken, MissingReference without the org. */
  insertServiceAccount(row: ServiceAccountRow): Promise<void>;
  getServiceAccount(clientId: string): Promise<ServiceAccountRow | undefined>;
  countServiceAccounts(orgId: string): Promise<number>;
  /** Oldest first (created, then client ID). */
  listServiceAccounts(orgId: string, page: Page): Promise<ServiceAccountRow[]>;
  updateServiceAccount(clientId: string, patch: { name?: string; description?: string; orgRoles?: string[] }): Promise<void>;
  /** With its assignments, secrets, access list and tokens. */
  deleteServiceAccount(clientId: string): Promise<void>;

  /** Throws UniqueViolation when already assigned. */
  insertSaGroup(row: SaGroupRow): Promise<void>;
  getSaGroup(clientId: string, groupId: string): Promise<SaGroupRow | undefined>;
  /** Assignments of these accounts, by client ID then project. */
  listSaGroupsFor(clientIds: string[]): Promise<SaGroupRow[]>;
  countGroupServiceAccounts(groupId: string): Promise<number>;
  listGroupServiceAccounts(groupId: string, page: Page): Promise<{ account: ServiceAccountRow; roles: string[] }[]>;
  updateSaGroupRoles(clientId: string, groupId: string, roles: string[]): Promise<void>;
  deleteSaGroup(clientId: string, groupId: string): Promise<void>;

  insertSaSecret(row: SaSecretRow): Promise<void>;
  /** Secrets of these accounts, oldest first per account. */
  listSaSecretsFor(clientIds: string[]): Promise<SaSecretRow[]>;
  /** With the tokens it minted. */
  deleteSaSecret(clientId: string, id: string): Promise<void>;
  /** Keeps the later of the stored and the given time. */
  touchSaSecret(id: string, lastUsed: Date): Promise<void>;

  /** Throws UniqueViolation when the block is already on the list. */
  insertSaAccessEntry(row: SaAccessEntryRow): Promise<void>;
  getSaAccessEntry(clientId: string, cidrBlock: string): Promise<SaAccessEntryRow | undefined>;
  listSaAccessEntries(clientId: string): Promise<SaAccessEntryRow[]>;
  deleteSaAccessEntry(clientId: string, cidrBlock: string): Promise<void>;
  recordSaAccessEntryUse(clientId: string, cidrBlock: string, use: { at: Date; address: string; requests: number }): Promise<void>;

  insertSaToken(row: SaTokenRow): Promise<void>;
  getSaToken(hash: string): Promise<SaTokenRow | undefined>;
  /** Tokens of the account that expire after `now`. */
  countLiveSaTokens(clientId: string, now: Date): Promise<number>;
  deleteSaToken(hash: string): Promise<void>;
  /** Removes tokens that expired at or before `now`, of one account. */
  deleteExpiredSaTokens(clientId: string, now: Date): Promise<void>;
}
