// Who is calling: a console user, an API key or a service account (Bearer
// token), with their roles per org and per project. Every kind goes through
// the same permission checks.
import type { Store } from "../store/types.ts";

export interface Principal {
  kind: "user" | "apiKey" | "serviceAccount";
  /** User id, API key id, or a service account's client ID. */
  id: string;
  orgRoles: ReadonlyMap<string, readonly string[]>;
  groupRoles: ReadonlyMap<string, readonly string[]>;
  /** The caller's address as the server sees it. */
  callerIp: string;
}

export async function userPrincipal(store: Store, userId: string, callerIp: string): Promise<Principal> {
  const [orgs, groups] = await Promise.all([store.listUserOrgRoles(userId), store.listUserGroupRoles(userId)]);
  return {
    kind: "user",
    id: userId,
    orgRoles: new Map(orgs.map((m) => [m.scopeId, m.roles])),
    groupRoles: new Map(groups.map((m) => [m.scopeId, m.roles])),
    callerIp,
  };
}

export interface CredentialRoles {
  orgRoles: ReadonlyMap<string, readonly string[]>;
  groupRoles: ReadonlyMap<string, readonly string[]>;
}

/** An API key's principal; its roles come from the key's state (auth/key-access.ts). */
export function keyPrincipal(keyId: string, roles: CredentialRoles, callerIp: string): Principal {
  return { kind: "apiKey", id: keyId, orgRoles: roles.orgRoles, groupRoles: roles.groupRoles, callerIp };
}

/** A service account's principal, from its Bearer token's state (auth/bearer.ts). */
export function serviceAccountPrincipal(clientId: string, roles: CredentialRoles, callerIp: string): Principal {
  return { kind: "serviceAccount", id: clientId, orgRoles: roles.orgRoles, groupRoles: roles.groupRoles, callerIp };
}
