// Service accounts for the mock backend in development (`npm run dev:mock`),
// so the Service Accounts tabs are not empty without a server: one working
// in the Production project with an access-list entry, and one whose only
// secret expires within the week (flagged in the table). Made through the
// server's own domain code, as an operator, so they are what the API makes.
import type { Deps } from "../server/domain/deps.ts";
import { operatorActor } from "../server/domain/events.ts";
import { insertNewAccount } from "../server/domain/service-accounts.ts";

export async function seedServiceAccounts(deps: Deps, orgId: string, productionId: string): Promise<void> {
  const actor = operatorActor("seed");
  const deployer = await insertNewAccount(deps, actor, {
    orgId,
    name: "Terraform CI",
    description: "Applies the Production project's Terraform plans",
    orgRoles: ["ORG_MEMBER"],
    hours: 90 * 24,
    project: { groupId: productionId, roles: ["GROUP_OWNER"] },
  });
  await deps.store.insertSaAccessEntry({
    clientId: deployer.clientId,
    cidrBlock: "203.0.113.0/24",
    ipAddress: null,
    created: deps.now(),
    lastUsed: null,
    lastUsedAddress: null,
    count: 0,
  });
  await insertNewAccount(deps, actor, {
    orgId,
    name: "Alerts exporter",
    description: "Sends the organization's alerts to the on-call tool",
    orgRoles: ["ORG_READ_ONLY"],
    hours: 3 * 24,
  });
}
