// Table types for Kysely. The same columns serve SQLite and PostgreSQL:
// times are epoch milliseconds (bigint), flags are 0/1 integers and role
// lists are JSON text, so one migration and one mapping fit both dialects.
import type { ColumnType } from "kysely";

/** int8: pg hands bigint back as a string (it may exceed 2^53), SQLite as a number. */
export type Int8 = ColumnType<number | string, number, number>;
export type NullableInt8 = ColumnType<number | string | null, number | null, number | null>;

export interface OrgsTable {
  id: string;
  name: string;
  api_access_list_required: number;
  created: Int8;
  /** JSON object of the settings kept as given (migration 0003). */
  settings: ColumnType<string, string | undefined, string>;
}

export interface GroupsTable {
  id: string;
  org_id: string;
  name: string;
  created: Int8;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  failed_logins: number;
  locked_until: NullableInt8;
  created: Int8;
}

export interface UserOrgRolesTable {
  user_id: string;
  org_id: string;
  roles: string;
}

export interface UserGroupRolesTable {
  user_id: string;
  group_id: string;
  roles: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created: Int8;
  expires: Int8;
  /** Migration 0021 (account-migration.ts). */
  stage: ColumnType<string, string | undefined, string>;
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
  address: ColumnType<string | null, string | null | undefined, string | null>;
  last_seen: NullableInt8;
}

export interface ApiKeysTable {
  id: string;
  org_id: string;
  public_key: string;
  // "desc" is an SQL keyword; the column says what it holds instead.
  description: string;
  private_key_tail: string;
  secret_enc: string;
  org_roles: string;
  created: Int8;
  last_used: NullableInt8;
}

export interface KeyGroupsTable {
  key_id: string;
  group_id: string;
  roles: string;
}

export interface AccessEntriesTable {
  key_id: string;
  cidr_block: string;
  ip_address: string | null;
  created: Int8;
  last_used: NullableInt8;
  last_used_address: string | null;
  request_count: Int8;
}

export interface Database {
  orgs: OrgsTable;
  groups: GroupsTable;
  users: UsersTable;
  user_org_roles: UserOrgRolesTable;
  user_group_roles: UserGroupRolesTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  key_groups: KeyGroupsTable;
  access_entries: AccessEntriesTable;
}
