// Operator actions (CLI and first-start seeding): no principal, no role checks.
// The CLI passes its actor and each change is recorded with its event in one
// transaction; first-start seeding and test fixtures pass none (nobody made
// those changes through the API, the console or the CLI), so they write none.
import { ORG_ROLES, PROJECT_ROLES } from "../../contract/roles.ts";
import { ApiError } from "../http/api-error.ts";
import { UniqueViolation, type GroupRow, type OrgRow, type UserRow } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { recordEvent, type Actor } from "./events.ts";
import { newObjectId } from "./ids.ts";

export async function createOrg(deps: Deps, name: string, actor?: Actor): Promise<OrgRow> {
  // New orgs start without the access-list requirement so a first key works at once.
  const org: OrgRow = { id: newObjectId(deps.now()), name, apiAccessListRequired: false, created: deps.now() };
  await deps.store.transaction(async (tx) => {
    await tx.insertOrg(org);
    if (actor) await recordEvent(tx, deps.now(), actor, { type: "ORG_CREATED", orgId: org.id, details: { newName: name } });
  });
  return org;
}

export async function createProject(deps: Deps, orgId: string, name: string, actor?: Actor): Promise<GroupRow> {
  if (!(await deps.store.getOrg(orgId))) throw new ApiError(404, "ORG_NOT_FOUND", `No organization with ID ${orgId} exists.`);
  const group: GroupRow = { id: newObjectId(deps.now()), orgId, name, created: deps.now() };
  await deps.store.transaction(async (tx) => {
    await tx.insertGroup(group);
    if (actor) await recordEvent(tx, deps.now(), actor, { type: "GROUP_CREATED", orgId, groupId: group.id, details: { newName: name } });
  });
  return group;
}

export interface NewUser {
  email: string;
  password: string;
  orgId: string;
  orgRole: string;
  project?: { groupId: string; role: string };
}

export async function createUser(deps: Deps, u: NewUser, actor?: Actor): Promise<UserRow> {
  if (!(ORG_ROLES as readonly string[]).includes(u.orgRole)) throw new Error(`unknown org role ${u.orgRole}`);
  if (u.project && !(PROJECT_ROLES as readonly string[]).includes(u.project.role)) {
    throw new Error(`unknown project role ${u.project.role}`);
  }
  if (!(await deps.store.getOrg(u.orgId))) throw new Error(`no organization ${u.orgId}`);
  const group = u.project && (await deps.store.getGroup(u.project.groupId));
  if (u.project && group?.orgId !== u.orgId) throw new Error(`no project ${u.project.groupId} in organization ${u.orgId}`);
  const user: UserRow = {
    id: newObjectId(deps.now()),
    email: u.email.toLowerCase(),
    passwordHash: await deps.crypto.hashPassword(u.password),
    failedLogins: 0,
    lockedUntil: null,
    created: deps.now(),
  };
  await deps.store.transaction(async (tx) => {
    await tx.insertUser(user);
    await tx.setUserOrgRoles({ userId: user.id, scopeId: u.orgId, roles: [u.orgRole] });
    if (u.project) await tx.setUserGroupRoles({ userId: user.id, scopeId: u.project.groupId, roles: [u.project.role] });
    if (!actor) return;
    const target = { orgId: u.orgId, targetUsername: user.email };
    await recordEvent(tx, deps.now(), actor, { type: "JOINED_ORG", ...target, details: { newRoles: [u.orgRole] } });
    if (u.project) {
      const details = { newRoles: [u.project.role] };
      await recordEvent(tx, deps.now(), actor, { type: "JOINED_GROUP", ...target, groupId: u.project.groupId, details });
    }
  });
  return user;
}

export interface SeedResult {
  org: OrgRow;
  projects: GroupRow[];
  email: string;
  /** Set when the password was generated and must be shown once. */
  generatedPassword?: string;
}

/**
 * On an empty store: a demo org with two projects and an owner login, in one
 * transaction. Two instances starting together on one PostgreSQL database
 * both see it empty; the owner's unique email lets only one commit, and the
 * other rolls back whole and carries on without seeding.
 */
export async function seedIfEmpty(deps: Deps, admin: { email?: string; password?: string }): Promise<SeedResult | undefined> {
  if ((await deps.store.countOrgs()) > 0) return undefined;
  const email = admin.email ?? "admin@example.com";
  const generatedPassword = admin.password ? undefined : globalThis.crypto.randomUUID();
  try {
    return await deps.store.transaction(async (tx) => {
      const txDeps = { ...deps, store: tx };
      if ((await tx.countOrgs()) > 0) return undefined;
      const org = await createOrg(txDeps, "Demo Organization");
      const projects = [await createProject(txDeps, org.id, "Production"), await createProject(txDeps, org.id, "Staging")];
      const password = admin.password ?? generatedPassword ?? "";
      await createUser(txDeps, { email, password, orgId: org.id, orgRole: "ORG_OWNER" });
      return { org, projects, email, generatedPassword };
    });
  } catch (e) {
    if (e instanceof UniqueViolation) return undefined;
    throw e;
  }
}
