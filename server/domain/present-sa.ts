// Service-account rows to the Atlas shapes: secrets masked except in the one
// answer that creates them, access-list entries with their usage.
import type {
  OrgServiceAccount,
  ServiceAccountAccessEntry,
  ServiceAccountSecret,
} from "../../contract/service-accounts.ts";
import { SECRET_PREFIX } from "../../contract/service-accounts.ts";
import type { SaAccessEntryRow, SaSecretRow, ServiceAccountRow } from "../store/sa-types.ts";
import { atlasDate } from "./present.ts";

/** The prefix, a fixed mask and the last four characters (the secret's length is not told). */
export function maskedSecret(tail: string): string {
  return `${SECRET_PREFIX}${"*".repeat(8)}${tail}`;
}

/** `plain` only in the create answer; every other answer carries the mask instead. */
export function presentSecret(s: SaSecretRow, plain?: string): ServiceAccountSecret {
  return {
    id: s.id,
    createdAt: atlasDate(s.created),
    expiresAt: atlasDate(s.expires),
    lastUsedAt: s.lastUsed ? atlasDate(s.lastUsed) : null,
    ...(plain === undefined ? { maskedSecretValue: maskedSecret(s.tail) } : { secret: plain }),
  };
}

/** `roles`: the org roles, or the account's roles in the project being read. */
export function presentAccount(a: ServiceAccountRow, roles: readonly string[], secrets: readonly SaSecretRow[], plain?: { id: string; secret: string }): OrgServiceAccount {
  return {
    clientId: a.clientId,
    name: a.name,
    description: a.description,
    createdAt: atlasDate(a.created),
    roles: [...roles],
    secrets: secrets.filter((s) => s.clientId === a.clientId).map((s) => presentSecret(s, s.id === plain?.id ? plain.secret : undefined)),
  };
}

export function presentSaEntry(e: SaAccessEntryRow): ServiceAccountAccessEntry {
  return {
    cidrBlock: e.cidrBlock,
    ...(e.ipAddress ? { ipAddress: e.ipAddress } : {}),
    createdAt: atlasDate(e.created),
    ...(e.lastUsed ? { lastUsedAt: atlasDate(e.lastUsed) } : {}),
    ...(e.lastUsedAddress ? { lastUsedAddress: e.lastUsedAddress } : {}),
    requestCount: e.count,
  };
}
