// Kysely table types of the service-accounts aggregate (migration 0011), in
// the formats of schema.ts: epoch milliseconds, JSON role lists.
import type { Int8, NullableInt8 } from "./schema.ts";

export interface ServiceAccountsTable {
  client_id: string;
  org_id: string;
  name: string;
  description: string;
  org_roles: string;
  created: Int8;
}

export interface SaGroupsTable {
  client_id: string;
  group_id: string;
  roles: string;
}

export interface SaSecretsTable {
  id: string;
  client_id: string;
  hash: string;
  tail: string;
  created: Int8;
  expires: Int8;
  last_used: NullableInt8;
}

export interface SaAccessEntriesTable {
  client_id: string;
  cidr_block: string;
  ip_address: string | null;
  created: Int8;
  last_used: NullableInt8;
  last_used_address: string | null;
  request_count: Int8;
}

export interface SaTokensTable {
  hash: string;
  client_id: string;
  secret_id: string;
  created: Int8;
  expires: Int8;
}

// A type, not an interface: withTables wants a record type.
export type ServiceAccountTables = {
  service_accounts: ServiceAccountsTable;
  sa_groups: SaGroupsTable;
  sa_secrets: SaSecretsTable;
  sa_access_entries: SaAccessEntriesTable;
  sa_tokens: SaTokensTable;
};
