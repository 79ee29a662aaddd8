// Mapping between the stored columns (see schema.ts) and the Store's rows.
import type { Selectable } from "kysely";
import type {
  AccessEntriesTable,
  ApiKeysTable,
  GroupsTable,
  OrgsTable,
  SessionsTable,
  UsersTable,
} from "./schema.ts";
import type { AccessEntryRow, ApiKeyRow, GroupRow, OrgRow, SessionRow, SessionStage, UserRow } from "./types.ts";
import { MissingReference, UniqueViolation } from "./types.ts";

export const ms = (d: Date): number => d.getTime();
export const msOrNull = (d: Date | null): number | null => (d === null ? null : d.getTime());

/** Counts and int8 columns: pg returns them as strings, SQLite as numbers. */
export const num = (v: number | string | bigint): number => Number(v);
const date = (v: number | string): Date => new Date(Number(v));
const dateOrNull = (v: number | string | null): Date | null => (v === null ? null : date(v));

export const rolesText = (roles: string[]): string => JSON.stringify(roles);
export function parseRoles(text: string): string[] {
  const roles: unknown = JSON.parse(text);
  if (!Array.isArray(roles) || !roles.every((r) => typeof r === "string")) {
    throw new Error(`stored roles are not a string array: ${text}`);
  }
  return roles;
}

export const toOrg = (r: Selectable<OrgsTable>): OrgRow => ({
  id: r.id,
  name: r.name,
  apiAccessListRequired: r.api_access_list_required === 1,
  created: date(r.created),
});

export const toGroup = (r: Selectable<GroupsTable>): GroupRow => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  created: date(r.created),
});

export const toUser = (r: Selectable<UsersTable>): UserRow => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  failedLogins: r.failed_logins,
  lockedUntil: dateOrNull(r.locked_until),
  created: date(r.created),
});

export const toSession = (r: Selectable<SessionsTable>): SessionRow => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  created: date(r.created),
  expires: date(r.expires),
  stage: r.stage as SessionStage,
  userAgent: r.user_agent,
  address: r.address,
  lastSeen: dateOrNull(r.last_seen),
});

export const toKey = (r: Selectable<ApiKeysTable>): ApiKeyRow => ({
  id: r.id,
  orgId: r.org_id,
  publicKey: r.public_key,
  desc: r.description,
  privateKeyTail: r.private_key_tail,
  secretEnc: r.secret_enc,
  orgRoles: parseRoles(r.org_roles),
  created: date(r.created),
  lastUsed: dateOrNull(r.last_used),
});

export const fromKey = (k: ApiKeyRow) => ({
  id: k.id,
  org_id: k.orgId,
  public_key: k.publicKey,
  description: k.desc,
  private_key_tail: k.privateKeyTail,
  secret_enc: k.secretEnc,
  org_roles: rolesText(k.orgRoles),
  created: ms(k.created),
  last_used: msOrNull(k.lastUsed),
});

export const toAccessEntry = (r: Selectable<AccessEntriesTable>): AccessEntryRow => ({
  keyId: r.key_id,
  cidrBlock: r.cidr_block,
  ipAddress: r.ip_address,
  created: date(r.created),
  lastUsed: dateOrNull(r.last_used),
  lastUsedAddress: r.last_used_address,
  count: num(r.request_count),
});

/** A write whose constraint failures become the store's own errors (UniqueViolation, MissingReference). */
export async function constrained(what: string, write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (e) {
    if (isUniqueViolation(e)) throw Object.assign(new UniqueViolation(what), { cause: e });
    if (isForeignKeyViolation(e)) throw Object.assign(new MissingReference(what), { cause: e });
    throw e;
  }
}

/** True for a missing parent row in either dialect. */
export function isForeignKeyViolation(e: unknown): boolean {
  if (typeof e !== "object" || e === null || !("code" in e)) return false;
  return e.code === "23503" || e.code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}

/** True for a duplicate primary key or unique column in either dialect. */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== "object" || e === null || !("code" in e)) return false;
  const { code } = e;
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
