// Finding stale service accounts, as stale keys are found: the usage, role
// and project filters (in the URL, combined with the text filter, with the
// count of matches) and the quiet "Unused" mark on accounts never used 30
// days after their creation. An account's last use is its secrets' latest.
// Rows are named "Stale …" and counts read loosely, so other seeded accounts
// change nothing here.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../src/lib/service-account-media-type.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { expectUnusedBadge } from "./unused-badge.ts";
import { apiUrl, here, signIn } from "./org-api-keys-harness.tsx";
import { accountCells, accountRows, accountsPath, createAccount, findAccountRow, renderAccountsPage } from "./service-accounts-harness.tsx";

const SLOW = 15_000;
const DAY = 24 * 3600_000;
// Every account is made 100 days ago (a second apart); two have been used since.
let clock = Date.now() - 100 * DAY;
const { backend, seed } = mockBackendForSuite({ now: () => new Date((clock += 1000)) });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
  const made = {
    recent: await createAccount(owner, seed.orgId, { name: "Stale recent", roles: ["ORG_MEMBER"] }),
    old: await createAccount(owner, seed.orgId, { name: "Stale old use", roles: ["ORG_MEMBER"] }),
    never: await createAccount(owner, seed.orgId, { name: "Stale never", roles: ["ORG_BILLING_ADMIN"] }),
    deployed: await createAccount(owner, seed.orgId, { name: "Stale deployer", roles: ["ORG_MEMBER"] }),
  };
  const touch = (account: { secrets: { id: string }[] }, daysAgo: number) =>
    backend.deps.store.touchSaSecret(account.secrets[0]?.id ?? "", new Date(Date.now() - daysAgo * DAY));
  await touch(made.recent, 2);
  await touch(made.old, 45);
  // In Production, never used.
  const response = await fetch(apiUrl(`/atlas/v2/groups/${seed.projectIds[0]}/serviceAccounts/${made.deployed.clientId}:invite`), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: SERVICE_ACCOUNT_MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
    body: JSON.stringify({ roles: ["GROUP_READ_ONLY"] }),
  });
  expect(response.status).toBe(200);
});

const names = () => accountRows().map((row) => accountCells(row)[0]?.textContent).sort();
const select = (name: string) => screen.getByRole("combobox", { name });
const count = (matched: number) => new RegExp(`^${matched} of \\d+ service accounts match$`);

describe("stale service-account filters", () => {
  it("filters by usage, says how many match, and keeps the choice in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, "?q=stale"), canManage: true });
    await findAccountRow("Stale recent");

    await user.selectOptions(select("Usage"), "Never used");
    await waitFor(() => expect(screen.getByText(count(2))).toBeTruthy());
    expect(here(router)).toBe(accountsPath(seed.orgId, "?q=stale&usage=never"));
    expect(names()).toEqual(["Stale deployer", "Stale never"]);

    await user.selectOptions(select("Usage"), "Not used in 30 days");
    await waitFor(() => expect(names()).toEqual(["Stale deployer", "Stale never", "Stale old use"]));
    await user.selectOptions(select("Usage"), "Used in the last 7 days");
    await waitFor(() => expect(names()).toEqual(["Stale recent"]));
    expect(screen.getByText(count(1))).toBeTruthy();
  }, SLOW);

  it("combines usage, role and project, read back from the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderAccountsPage({
      user: owner,
      orgId: seed.orgId,
      path: accountsPath(seed.orgId, "?q=stale&usage=never&role=ORG_BILLING_ADMIN"),
      canManage: true,
    });
    await waitFor(() => expect(names()).toEqual(["Stale never"]));
    expect((select("Role") as HTMLSelectElement).value).toBe("ORG_BILLING_ADMIN");

    await user.selectOptions(select("Role"), "Any");
    // The Project filter reads the project's own list: who is in Production.
    await user.selectOptions(await screen.findByRole("combobox", { name: "Project" }), "Production");
    await waitFor(() => expect(names()).toEqual(["Stale deployer"]));
    expect(here(router)).toBe(accountsPath(seed.orgId, `?q=stale&usage=never&project=${seed.projectIds[0]}`));

    await user.selectOptions(select("Usage"), "Used in the last 7 days");
    expect(await screen.findByText("No service accounts match these filters")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(here(router)).toBe(accountsPath(seed.orgId)));
  }, SLOW);

  it("marks accounts never used 30 days after creation, with the reason on focus", async () => {
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, "?q=stale"), canManage: true });
    const never = await findAccountRow("Stale never");
    const used = await findAccountRow("Stale old use");
    expect(within(used).queryByText("Unused")).toBeNull();
    expect(used.textContent).toContain("ago");

    expectUnusedBadge(never, /(99|100)/);
    expect(accountRows().filter((row) => within(row).queryByText("Unused")).map((row) => accountCells(row)[0]?.textContent).sort()).toEqual([
      "Stale deployer",
      "Stale never",
    ]);
  }, SLOW);
});
