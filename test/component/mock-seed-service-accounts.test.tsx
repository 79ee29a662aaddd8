// The mock backend's demo service accounts (as `npm run dev:mock` starts it):
// the Service Accounts tab is populated without a server, with a secret about
// to expire flagged, a project assignment and an access-list entry.
import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { signIn } from "./org-api-keys-harness.tsx";
import { accountRows, accountsPath, findAccountRow, listAccounts, renderAccountsPage } from "./service-accounts-harness.tsx";

const { seed } = mockBackendForSuite({ serviceAccounts: true });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

describe("The mock seed's service accounts", () => {
  it("fill the organization's table, flagging the secret that expires this week", async () => {
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId), canManage: true });
    const exporter = await findAccountRow("Alerts exporter");
    const deployer = await findAccountRow("Terraform CI");
    expect(accountRows()).toHaveLength(2);
    expect(within(exporter).getByText("Expires soon")).toBeTruthy();
    expect(within(deployer).queryByText("Expires soon")).toBeNull();
  });

  it("include one in the Production project with an access-list entry", async () => {
    const deployer = (await listAccounts(seed.orgId)).find((account) => account.name === "Terraform CI");
    if (!deployer) throw new Error("no Terraform CI account in the seed");
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, `/${deployer.clientId}`), canManage: true });
    const details = await screen.findByRole("dialog", { name: "Terraform CI Service Account Details" });
    const accessList = within(details).getByRole("region", { name: "API Access List" });
    expect(await within(accessList).findByText("203.0.113.0/24")).toBeTruthy();
    const projects = within(details).getByRole("region", { name: "Projects" });
    expect(await within(projects).findByText("Production")).toBeTruthy();
    expect(within(projects).getByText("Project Owner")).toBeTruthy();
  });
});
