// Console users: create, list per organization, and reset a lost password.
// Until people management exists, a reset prints a generated password once.
import { randomBytes } from "node:crypto";
import { recordInUserOrgs } from "../auth/sign-in-events.ts";
import { createUser } from "../domain/admin.ts";
import { atlasDate } from "../domain/present.ts";
import { ApiError } from "../http/api-error.ts";
import { optional, required, UsageError } from "../cli-args.ts";
import type { Store, UserRow } from "../store/types.ts";
import { cliActor } from "./cli-actor.ts";
import { objectId, type Command, type Flags } from "./command.ts";
import { existingOrg } from "./org-commands.ts";

/** The user named by --email, in any case; "no user E" (exit 2) when there is none. */
export async function userByEmailFlag(flags: Flags, store: Store): Promise<UserRow> {
  const email = required(flags, "email").toLowerCase();
  const user = await store.getUserByEmail(email);
  if (!user) throw new ApiError(404, "USER_NOT_FOUND", `no user ${email}`);
  return user;
}

export const userCommands: Command[] = [
  {
    name: "users list",
    args: "--org ORG_ID",
    summary: "the users of an organization and their roles there (never a password)",
    flags: { org: "one" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const { store } = await ctx.deps();
      await existingOrg(store, orgId);
      const results = (await store.listOrgMembers(orgId)).map(({ user, roles }) => ({
        id: user.id,
        email: user.email,
        roles: roles.map((roleName) => ({ orgId, roleName })),
        created: atlasDate(user.created),
        locked: user.lockedUntil !== null && user.lockedUntil > new Date(),
      }));
      return { results, totalCount: results.length };
    },
  },
  {
    name: "users create",
    args: "--email E --password P --org ORG_ID --role ORG_ROLE [--project GROUP_ID --project-role GROUP_ROLE]",
    summary: "a console user with a role in an organization (and optionally a project)",
    flags: { email: "one", password: "one", org: "one", role: "one", project: "one", "project-role": "one" },
    async run(flags, ctx) {
      const project = optional(flags, "project");
      const projectRole = optional(flags, "project-role");
      if (!project !== !projectRole) throw new UsageError("--project and --project-role go together");
      const user = await createUser(await ctx.deps(), {
        email: required(flags, "email"),
        password: required(flags, "password"),
        orgId: objectId(required(flags, "org"), "org"),
        orgRole: required(flags, "role"),
        project: project && projectRole ? { groupId: objectId(project, "project"), role: projectRole } : undefined,
      }, cliActor());
      return { id: user.id, email: user.email };
    },
  },
  {
    name: "users reset-password",
    args: "--email E",
    summary: "sets a generated password, shown once; clears the lockout and ends the user's sessions",
    flags: { email: "one" },
    async run(flags, ctx) {
      const deps = await ctx.deps();
      const user = await userByEmailFlag(flags, deps.store);
      const password = randomBytes(18).toString("base64url");
      const hash = await deps.crypto.hashPassword(password);
      await deps.store.transaction(async (tx) => {
        await tx.setUserPassword(user.id, hash);
        await tx.deleteUserSessions(user.id);
        // In each org's feed: the account and the operator, never the password or its hash.
        await recordInUserOrgs(tx, deps.now(), cliActor(), user, "USER_PASSWORD_RESET");
      });
      return { id: user.id, email: user.email, password, note: "shown once: give it to the user, who signs in with it" };
    },
  },
];
