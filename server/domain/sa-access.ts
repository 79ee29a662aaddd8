// Who may read or change a service account, through its org's routes or a
// project's. The org's routes need the org roles API keys need; a project's
// need the project roles and the account assigned there, and changing the
// secrets or access list of an account that reaches beyond the project (other
// projects, org roles above member) needs an Organization Owner, as Atlas says.
import { CLIENT_ID } from "../../contract/service-accounts.ts";
import { ApiError, forbidden } from "../http/api-error.ts";
import type { ServiceAccountRow } from "../store/sa-types.ts";
import type { Store } from "../store/types.ts";
import { isOrgOwner, managedGroup, ownedOrg, readableGroup, readableOrg } from "./permissions.ts";
import type { Principal } from "./principal.ts";

export type SaScope = { kind: "org"; orgId: string } | { kind: "group"; groupId: string };

/** The account as seen through a scope: its org, and its roles there (org roles, or its roles in the project). */
export interface SaTarget {
  account: ServiceAccountRow;
  orgId: string;
  groupId?: string;
  roles: string[];
}

export const saNotFound = (clientId: string) =>
  new ApiError(404, "SERVICE_ACCOUNT_NOT_FOUND", `No service account with client ID ${clientId.slice(0, 64)} exists.`, [clientId.slice(0, 64)]);
export const saNotInGroup = (clientId: string, groupId: string) =>
  new ApiError(404, "SERVICE_ACCOUNT_NOT_IN_GROUP", `Service account ${clientId} is not assigned to project ${groupId}.`, [clientId, groupId]);

/** The account if it belongs to this org; 404 otherwise, also for a client ID of the wrong shape (never looked up). */
export async function accountOfOrg(store: Store, orgId: string, clientId: string): Promise<ServiceAccountRow> {
  const account = CLIENT_ID.test(clientId) ? await store.getServiceAccount(clientId) : undefined;
  if (!account || account.orgId !== orgId) throw saNotFound(clientId);
  return account;
}

async function inGroup(store: Store, orgId: string, groupId: string, clientId: string): Promise<SaTarget> {
  const account = await accountOfOrg(store, orgId, clientId);
  const assignment = await store.getSaGroup(clientId, groupId);
  if (!assignment) throw saNotInGroup(clientId, groupId);
  return { account, orgId, groupId, roles: assignment.roles };
}

export async function readableAccount(store: Store, p: Principal, scope: SaScope, clientId: string): Promise<SaTarget> {
  if (scope.kind === "org") {
    await readableOrg(store, p, scope.orgId);
    const account = await accountOfOrg(store, scope.orgId, clientId);
    return { account, orgId: scope.orgId, roles: account.orgRoles };
  }
  const group = await readableGroup(store, p, scope.groupId);
  return inGroup(store, group.orgId, group.id, clientId);
}

/** Secrets, access list, name: Org Owner, or Project Owner of an account confined to that project. */
export async function managedAccount(store: Store, p: Principal, scope: SaScope, clientId: string): Promise<SaTarget> {
  if (scope.kind === "org") {
    await ownedOrg(store, p, scope.orgId);
    const account = await accountOfOrg(store, scope.orgId, clientId);
    return { account, orgId: scope.orgId, roles: account.orgRoles };
  }
  const group = await managedGroup(store, p, scope.groupId);
  const target = await inGroup(store, group.orgId, group.id, clientId);
  if (!isOrgOwner(p, group.orgId) && !(await confinedTo(store, target.account, group.id))) {
    throw forbidden("Only an Organization Owner can change a service account that has access beyond this project.");
  }
  return target;
}

/** No org role above member and no other project. */
async function confinedTo(store: Store, account: ServiceAccountRow, groupId: string): Promise<boolean> {
  if (account.orgRoles.some((r) => r !== "ORG_MEMBER")) return false;
  return (await store.listSaGroupsFor([account.clientId])).every((g) => g.groupId === groupId);
}
