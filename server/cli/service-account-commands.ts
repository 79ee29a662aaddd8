// Organization service accounts for operators: list, with each account's
// secrets masked (their ids, dates and last use, never a value), the projects
// it is in with its roles there, and its access list.
import { required } from "../cli-args.ts";
import { presentAccount, presentSaEntry } from "../domain/present-sa.ts";
import { objectId, type Command } from "./command.ts";
import { existingOrg } from "./org-commands.ts";

export const serviceAccountCommands: Command[] = [
  {
    name: "service-accounts list",
    args: "--org ORG_ID",
    summary: "the service accounts of an organization with their projects and access lists, secrets masked",
    flags: { org: "one" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const { store } = await ctx.deps();
      await existingOrg(store, orgId);
      const accounts = await store.listServiceAccounts(orgId, { offset: 0, limit: await store.countServiceAccounts(orgId) });
      const ids = accounts.map((account) => account.clientId);
      const [secrets, groups] = await Promise.all([store.listSaSecretsFor(ids), store.listSaGroupsFor(ids)]);
      const results = [];
      for (const account of accounts) {
        const entries = await store.listSaAccessEntries(account.clientId);
        results.push({
          ...presentAccount(account, account.orgRoles, secrets),
          groups: groups.filter((g) => g.clientId === account.clientId).map(({ groupId, roles }) => ({ groupId, roles })),
          accessList: entries.map(presentSaEntry),
        });
      }
      return { results, totalCount: results.length };
    },
  },
];
