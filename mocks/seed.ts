// Demo data for the mock backend and component tests: one org with two
// projects, an owner and a read-only login, a handful of keys and, when
// asked (development; tests make their own), two service accounts.
import { createOrg, createProject, createUser } from "../server/domain/admin.ts";
import type { Deps } from "../server/domain/deps.ts";
import { operatorActor } from "../server/domain/events.ts";
import { insertNewKey } from "../server/domain/org-keys.ts";
import { seedServiceAccounts } from "./seed-service-accounts.ts";

export const MOCK_OWNER = { email: "owner@example.com", password: "mock-password" };
export const MOCK_READER = { email: "reader@example.com", password: "mock-password" };

export interface MockSeed {
  orgId: string;
  projectIds: string[];
}

export interface SeedOptions {
  /** How many API keys (3 by default). */
  keys?: number;
  /** Add the two demo service accounts (seed-service-accounts.ts). */
  serviceAccounts?: boolean;
}

export async function seedMock(deps: Deps, options: SeedOptions = {}): Promise<MockSeed> {
  const org = await createOrg(deps, "Demo Organization");
  const production = await createProject(deps, org.id, "Production");
  const staging = await createProject(deps, org.id, "Staging");
  await createUser(deps, { ...MOCK_OWNER, orgId: org.id, orgRole: "ORG_OWNER" });
  await createUser(deps, { ...MOCK_READER, orgId: org.id, orgRole: "ORG_READ_ONLY" });
  const samples: [string, string[]][] = [
    ["Terraform provisioning", ["ORG_OWNER"]],
    ["Billing export", ["ORG_BILLING_ADMIN"]],
    ["Read-only dashboards", ["ORG_READ_ONLY"]],
  ];
  for (let i = 0; i < (options.keys ?? samples.length); i++) {
    const [desc, roles] = samples[i % samples.length] ?? ["Key", ["ORG_MEMBER"]];
    const suffix = i >= samples.length ? ` ${i + 1}` : "";
    const project = i === 0 ? { groupId: production.id, roles: ["GROUP_OWNER"] } : undefined;
    const { key } = await insertNewKey(deps, operatorActor("seed"), org.id, desc + suffix, roles, project);
    if (i === 0) {
      await deps.store.insertAccessEntry({
        keyId: key.id,
        cidrBlock: "192.0.2.0/24",
        ipAddress: null,
        created: deps.now(),
        lastUsed: null,
        lastUsedAddress: null,
        count: 0,
      });
    }
  }
  if (options.serviceAccounts) await seedServiceAccounts(deps, org.id, production.id);
  return { orgId: org.id, projectIds: [production.id, staging.id] };
}
