// Organization API keys: create (the private key is printed once), list
// (masked, never a secret) and delete.
import { createOrgApiKeySchema } from "../../contract/api-keys.ts";
import { insertNewKey, removeKey } from "../domain/org-keys.ts";
import { presentKey } from "../domain/present.ts";
import { required, UsageError } from "../cli-args.ts";
import { cliActor } from "./cli-actor.ts";
import { objectId, serverOrigin, type Command } from "./command.ts";
import { existingOrg } from "./org-commands.ts";

export const keyCommands: Command[] = [
  {
    name: "keys list",
    args: "--org ORG_ID",
    summary: "the API keys of an organization, private keys masked",
    flags: { org: "one" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const { store } = await ctx.deps();
      await existingOrg(store, orgId);
      const keys = await store.listKeys(orgId, { offset: 0, limit: await store.countKeys(orgId) });
      const assignments = await store.listKeyGroupsForKeys(keys.map((k) => k.id));
      const origin = serverOrigin(ctx.config());
      const results = keys.map((key) => presentKey(origin, key, assignments.filter((a) => a.keyId === key.id)));
      return { results, totalCount: results.length };
    },
  },
  {
    name: "keys create",
    args: "--org ORG_ID --desc D --role ORG_ROLE [--role ORG_ROLE ...]",
    summary: "an organization API key; its private key is in this output only",
    flags: { org: "one", desc: "one", role: "many" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const body = createOrgApiKeySchema.safeParse({ desc: required(flags, "desc"), roles: flags.get("role") ?? [] });
      if (!body.success) throw new UsageError(body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      const deps = await ctx.deps();
      await existingOrg(deps.store, orgId);
      const { key, privateKey } = await insertNewKey(deps, cliActor(), orgId, body.data.desc, body.data.roles);
      return presentKey(serverOrigin(ctx.config()), key, [], privateKey);
    },
  },
  {
    name: "keys delete",
    args: "--org ORG_ID --key KEY_ID",
    summary: "deletes an organization API key with its project assignments and access list",
    flags: { org: "one", key: "one" },
    async run(flags, ctx) {
      const orgId = objectId(required(flags, "org"), "org");
      const keyId = objectId(required(flags, "key"), "key");
      const deps = await ctx.deps();
      await existingOrg(deps.store, orgId);
      await removeKey(deps, cliActor(), orgId, keyId);
      return { deleted: keyId, orgId };
    },
  },
];
