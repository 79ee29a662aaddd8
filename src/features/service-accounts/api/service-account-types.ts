// The shapes of the Service Accounts API as the console reads them, and where
// each account lives: an organization's or a project's Access Manager. A
// service account is addressed by its client ID (mdb_sa_id_ + 24 hex).
// The contract's zod schemas validate requests on the server; the console
// trusts these shapes, as it trusts the first screen's lists in production.

import type { AccessListOwner } from "../../access-list/api/access-list.ts";

export interface ServiceAccountSecret {
  id: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt?: string | null;
  /** Every read: the prefix and the last four characters. */
  maskedSecretValue?: string;
  /** Only in the create answers, and only then. */
  secret?: string;
}

export interface ServiceAccount {
  clientId: string;
  name: string;
  description: string;
  createdAt: string;
  /** Organization roles on an organization's page, the project's roles on a project's. */
  roles: string[];
  secrets: ServiceAccountSecret[];
}

export interface ServiceAccountInfo {
  name: string;
  description: string;
  roles: string[];
}

export interface CreateServiceAccount extends ServiceAccountInfo {
  secretExpiresAfterHours: number;
}

export interface ServiceAccountProject {
  groupId: string;
  roles: string[];
}

/** Where the screens work: an organization's Access Manager or a project's. */
export type ServiceAccountScope = { kind: "org"; orgId: string } | { kind: "project"; orgId: string; groupId: string };

/** The endpoint template of the scope's list: the start of its query keys. */
export function serviceAccountsEndpoint(scope: ServiceAccountScope): string {
  return scope.kind === "org" ? "/atlas/v2/orgs/{orgId}/serviceAccounts" : "/atlas/v2/groups/{groupId}/serviceAccounts";
}

export function serviceAccountsPath(scope: ServiceAccountScope): string {
  return scope.kind === "org"
    ? `/atlas/v2/orgs/${encodeURIComponent(scope.orgId)}/serviceAccounts`
    : `/atlas/v2/groups/${encodeURIComponent(scope.groupId)}/serviceAccounts`;
}

export function serviceAccountPath(scope: ServiceAccountScope, clientId: string): string {
  return `${serviceAccountsPath(scope)}/${encodeURIComponent(clientId)}`;
}

/** The params that name the scope in a query key. */
export function scopeParams(scope: ServiceAccountScope): Record<string, string> {
  return scope.kind === "org" ? { orgId: scope.orgId } : { groupId: scope.groupId };
}

/** The account's access list as seen from the scope: under its organization, or under the project. */
export function accessListOwnerOf(scope: ServiceAccountScope, clientId: string): AccessListOwner {
  return { kind: "serviceAccount", orgId: scope.orgId, id: clientId, ...(scope.kind === "project" ? { groupId: scope.groupId } : {}) };
}
