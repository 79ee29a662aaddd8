// Organizations and projects: create them, and list them to find their ids.
import { createOrg, createProject } from "../domain/admin.ts";
import { presentGroup, presentOrg } from "../domain/present.ts";
import { ApiError } from "../http/api-error.ts";
import { required } from "../cli-args.ts";
import { cliActor } from "./cli-actor.ts";
import { objectId, serverOrigin, type Command } from "./command.ts";
import type { Store } from "../store/types.ts";

export async function existingOrg(store: Store, orgId: string): Promise<void> {
  if (!(await store.getOrg(orgId))) throw new ApiError(404, "ORG_NOT_FOUND", `no organization ${orgId}`);
}

export const orgCommands: Command[] = [
  {
    name: "orgs list",
    args: "",
    summary: "every organization, with its id",
    flags: {},
    async run(_flags, ctx) {
      const { store } = await ctx.deps();
      const results = (await store.listOrgs("all")).map((org) => presentOrg(serverOrigin(ctx.config()), org));
      return { results, totalCount: results.length };
    },
  },
  {
    name: "orgs create",
    args: "--name NAME",
    summary: "a new organization (no members: add an owner with users create)",
    flags: { name: "one" },
    async run(flags, ctx) {
      const org = await createOrg(await ctx.deps(), required(flags, "name"), cliActor());
      return { id: org.id, name: org.name };
    },
  },
  {
    name: "projects list",
    args: "--org ORG_ID",
    summary: "the projects of an organization, with their ids",
    flags: { org: "one" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const { store } = await ctx.deps();
      await existingOrg(store, orgId);
      const results = (await store.listGroups(orgId)).map((g) => presentGroup(serverOrigin(ctx.config()), g));
      return { results, totalCount: results.length };
    },
  },
  {
    name: "projects create",
    args: "--org ORG_ID --name NAME",
    summary: "a new project in an organization",
    flags: { org: "one", name: "one" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const group = await createProject(await ctx.deps(), orgId, required(flags, "name"), cliActor());
      return { id: group.id, name: group.name, orgId: group.orgId };
    },
  },
];
