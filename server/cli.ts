// Operator commands. Each prints exactly one JSON document on stdout; bad
// arguments print one line on stderr and exit with 2.
import { createOrgApiKeySchema } from "../contract/api-keys.ts";
import { OBJECT_ID } from "../contract/ids.ts";
import { nodeCrypto } from "./auth/node-crypto.ts";
import { parseFlags, optional, required, UsageError } from "./cli-args.ts";
import { readConfig } from "./config.ts";
import { createOrg, createProject, createUser } from "./domain/admin.ts";
import type { Deps } from "./domain/deps.ts";
import { operatorActor } from "./domain/events.ts";
import { insertNewKey } from "./domain/org-keys.ts";
import { presentKey } from "./domain/present.ts";
import { ApiError } from "./http/api-error.ts";
import { openStore } from "./store/open-store.ts";

const USAGE = "usage: cli orgs create --name N | projects create --org ORG_ID --name N | users create --email E --password P --org ORG_ID --role ORG_ROLE [--project GROUP_ID --project-role GROUP_ROLE] | keys create --org ORG_ID --desc D --role R [--role R ...]";

function id(value: string, flag: string): string {
  if (!OBJECT_ID.test(value)) throw new UsageError(`--${flag} must be a 24-character hexadecimal id`);
  return value;
}

async function run(deps: Deps, command: string, argv: string[]): Promise<unknown> {
  switch (command) {
    case "orgs create": {
      const org = await createOrg(deps, required(parseFlags(argv, { name: "one" }), "name"));
      return { id: org.id, name: org.name };
    }
    case "projects create": {
      const f = parseFlags(argv, { org: "one", name: "one" });
      const group = await createProject(deps, id(required(f, "org"), "org"), required(f, "name"));
      return { id: group.id, name: group.name, orgId: group.orgId };
    }
    case "users create": {
      const f = parseFlags(argv, { email: "one", password: "one", org: "one", role: "one", project: "one", "project-role": "one" });
      const project = optional(f, "project");
      const projectRole = optional(f, "project-role");
      if (!project !== !projectRole) throw new UsageError("--project and --project-role go together");
      const user = await createUser(deps, {
        email: required(f, "email"),
        password: required(f, "password"),
        orgId: id(required(f, "org"), "org"),
        orgRole: required(f, "role"),
        project: project && projectRole ? { groupId: id(project, "project"), role: projectRole } : undefined,
      });
      return { id: user.id, email: user.email };
    }
    case "keys create": {
      const f = parseFlags(argv, { org: "one", desc: "one", role: "many" });
      const orgId = id(required(f, "org"), "org");
      const body = createOrgApiKeySchema.safeParse({ desc: required(f, "desc"), roles: f.get("role") ?? [] });
      if (!body.success) throw new UsageError(body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      if (!(await deps.store.getOrg(orgId))) throw new UsageError(`no organization ${orgId}`);
      const { key, privateKey } = await insertNewKey(deps, operatorActor(`cli:${process.env.USER || "operator"}`), orgId, body.data.desc, body.data.roles);
      return presentKey(`http://${process.env.HOST ?? "127.0.0.1"}:${process.env.PORT ?? 8080}`, key, [], privateKey);
    }
    default:
      throw new UsageError(USAGE);
  }
}

const [noun, verb, ...rest] = process.argv.slice(2);
let exitCode = 0;
try {
  const config = readConfig();
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const out = await run({ store, crypto: nodeCrypto(config.secret), now: () => new Date() }, `${noun} ${verb}`, rest);
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    await store.close();
  }
} catch (e) {
  const usage = e instanceof UsageError || (e instanceof Error && /^(unknown|no) /.test(e.message)) || e instanceof ApiError;
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  exitCode = usage ? 2 : 1;
}
process.exit(exitCode);
