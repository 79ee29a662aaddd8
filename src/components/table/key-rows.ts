// What the table shows for each key, and how its columns compare (the
// shared LocalTable filters and sorts with them: key-columns.tsx).
import type { ApiKey } from "../../../contract/api-keys.ts";
import { roleLabel } from "../../../contract/role-catalog.ts";
import type { RowNoun } from "./row-noun.ts";
import { collator, compareTimes, type SortDirection, type SortState as GenericSortState } from "./column.ts";

export interface KeyProject {
  groupId: string;
  /** null when the user cannot see the project (or its name has not loaded). */
  name: string | null;
  roles: string[];
}

export interface KeyRow {
  apiKey: ApiKey;
  /** The roles of the table's scope: the organization's, or one project's. */
  roleNames: string[];
  roleLabels: string[];
  projects: KeyProject[];
}

export const API_KEY_NOUN: RowNoun = { one: "API key", many: "API keys", short: { one: "key", many: "keys" } };

export type SortColumn = "publicKey" | "desc" | "roles" | "projects" | "lastUsed" | "created";
export type SortState = GenericSortState<SortColumn>;

/** The order a column sorts in when first chosen: dates newest first, text A to Z. */
export function firstDirection(column: SortColumn): SortDirection {
  return column === "lastUsed" || column === "created" ? "descending" : "ascending";
}

/** The projects a key belongs to, from its group role assignments, with its roles in each. */
export function keyProjects(apiKey: ApiKey, groupNames: ReadonlyMap<string, string> | undefined): KeyProject[] {
  const byGroup = new Map<string, string[]>();
  for (const role of apiKey.roles) {
    if (role.groupId === undefined) continue;
    byGroup.set(role.groupId, [...(byGroup.get(role.groupId) ?? []), role.roleName]);
  }
  const projects = [...byGroup].map(([groupId, roles]) => ({ groupId, name: groupNames?.get(groupId) ?? null, roles }));
  return projects.sort((a, b) => collator.compare(a.name ?? a.groupId, b.name ?? b.groupId));
}

export function orgRoleNames(apiKey: ApiKey): string[] {
  // Project roles ride along on the same key; these are the organization's.
  return apiKey.roles.filter((role) => role.groupId === undefined).map((role) => role.roleName);
}

export function toRows(
  keys: readonly ApiKey[],
  groupNames: ReadonlyMap<string, string> | undefined,
  rolesOf: (apiKey: ApiKey) => string[] = orgRoleNames,
): KeyRow[] {
  return keys.map((apiKey) => {
    const roleNames = rolesOf(apiKey);
    return { apiKey, roleNames, roleLabels: roleNames.map(roleLabel), projects: keyProjects(apiKey, groupNames) };
  });
}

export const COMPARE: Record<SortColumn, (a: KeyRow, b: KeyRow) => number> = {
  publicKey: (a, b) => collator.compare(a.apiKey.publicKey, b.apiKey.publicKey),
  desc: (a, b) => collator.compare(a.apiKey.desc, b.apiKey.desc),
  roles: (a, b) => collator.compare(a.roleLabels.join(", "), b.roleLabels.join(", ")),
  projects: (a, b) =>
    a.projects.length === 0 || b.projects.length === 0
      ? a.projects.length - b.projects.length
      : collator.compare(a.projects.map((p) => p.name ?? p.groupId).join(", "), b.projects.map((p) => p.name ?? p.groupId).join(", ")),
  lastUsed: (a, b) => compareTimes(a.apiKey.lastUsed, b.apiKey.lastUsed),
  created: (a, b) => compareTimes(a.apiKey.created, b.apiKey.created),
};

/**
 * Ties in the sorted column (keys created in the same second, "Never" used)
 * keep a predictable order a person can follow: by description, then by public key.
 */
export function byDescription(a: KeyRow, b: KeyRow): number {
  return COMPARE.desc(a, b) || COMPARE.publicKey(a, b);
}
