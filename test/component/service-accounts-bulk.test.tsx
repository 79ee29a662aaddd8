// Acting on many service accounts at once, as on many keys: selection by
// keyboard and "all matching the filters", one Delete confirmation that lists
// each account and the projects it leaves, and a report per account when
// some deletes fail. Rows are named "Bulk …", so other accounts change nothing.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import type { ServiceAccount } from "../../src/features/service-accounts/api/service-account-types.ts";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../src/lib/service-account-media-type.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import {
  accountCells,
  accountRows,
  accountsPath,
  createAccount,
  findAccountRow,
  listAccounts,
  projectAccountsPath,
  renderAccountsPage,
} from "./service-accounts-harness.tsx";

const SLOW = 20_000;
const { server, seed } = mockBackendForSuite();
let owner: CurrentUser;
let deployer: ServiceAccount;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
  for (const name of ["Bulk sync A", "Bulk sync B", "Bulk report A", "Bulk report B"]) await createAccount(owner, seed.orgId, { name });
  deployer = await createAccount(owner, seed.orgId, { name: "Bulk deployer" });
  const response = await fetch(apiUrl(`/atlas/v2/groups/${seed.projectIds[0]}/serviceAccounts/${deployer.clientId}:invite`), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: SERVICE_ACCOUNT_MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
    body: JSON.stringify({ roles: ["GROUP_READ_ONLY"] }),
  });
  expect(response.status).toBe(200);
});

const selectAll = () => screen.getByRole("checkbox", { name: /^Select all \d+ matching service accounts?$/ }) as HTMLInputElement;
const names = () => accountRows().map((row) => accountCells(row)[0]?.textContent);

describe("bulk actions on the organization's service accounts", () => {
  it("selects rows by keyboard, and all rows matching the filter", async () => {
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, "?q=bulk+sync"), canManage: true });
    const row = await findAccountRow("Bulk sync A");

    within(row).getByRole("checkbox", { name: "Select Bulk sync A" }).focus();
    await user.keyboard(" ");
    expect(screen.getByText("1 selected")).toBeTruthy();
    expect(selectAll().indeterminate).toBe(true);

    await user.click(selectAll());
    expect(selectAll().getAttribute("aria-label")).toBe("Select all 2 matching service accounts");
    expect(screen.getByText("2 selected")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(screen.getByText("No service accounts selected")).toBeTruthy();
  }, SLOW);

  it("deletes the selection after one confirmation that lists each account and the projects it leaves", async () => {
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, "?q=bulk"), canManage: true });
    await user.click(within(await findAccountRow("Bulk deployer")).getByRole("checkbox"));
    await user.click(within(await findAccountRow("Bulk sync B")).getByRole("checkbox"));
    await user.click(screen.getByRole("button", { name: "Delete" }));

    const dialog = await screen.findByRole("alertdialog", { name: "Delete 2 service accounts?" });
    const list = within(dialog).getByRole("list", { name: "Service accounts to delete" });
    // Each item: client ID, name, then where it leaves (read per account as the dialog opens).
    await waitFor(() =>
      expect(within(list).getAllByRole("listitem").map((item) => item.textContent?.replace(/^mdb_sa_id_[0-9a-f]{24} /, "")).sort()).toEqual([
        "Bulk deployerLeaves Production",
        "Bulk sync BIn no project",
      ]),
    );
    const confirm = within(dialog).getByRole("button", { name: "Delete 2 service accounts" });
    expect(confirm.hasAttribute("disabled")).toBe(true);
    await user.type(within(dialog).getByRole("textbox", { name: "Type 2 to confirm" }), "2");
    await user.click(confirm);

    expect(await screen.findByText("2 service accounts deleted.")).toBeTruthy();
    await waitFor(() => expect(names().sort()).toEqual(["Bulk report A", "Bulk report B", "Bulk sync A"]));
    const left = (await listAccounts(seed.orgId)).map((account) => account.name);
    expect(left).not.toContain("Bulk deployer");
    expect(left).not.toContain("Bulk sync B");
  }, SLOW);

  it("reports each account it could not delete, leaves it whole and still selected", async () => {
    const refused = (await listAccounts(seed.orgId)).find((account) => account.name === "Bulk report B");
    if (!refused) throw new Error("no Bulk report B");
    server.use(
      http.delete(`*/api/atlas/v2/orgs/:orgId/serviceAccounts/${refused.clientId}`, () =>
        HttpResponse.json({ error: 409, errorCode: "CANNOT_DELETE", detail: "The account is in use by a deploy." }, { status: 409 }),
      ),
    );
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, "?q=bulk+report"), canManage: true });
    await findAccountRow("Bulk report A");
    await user.click(selectAll());
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 2 service accounts?" });
    await user.type(within(dialog).getByRole("textbox", { name: "Type 2 to confirm" }), "2{Enter}");

    const banner = await screen.findByRole("alert");
    await waitFor(() => expect(within(banner).getByText("Deleted 1 of 2 service accounts")).toBeTruthy());
    expect(within(banner).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Bulk report B: The account is in use by a deploy."]);
    await waitFor(() => expect(names()).toEqual(["Bulk report B"]));
    expect((within(accountRows()[0] as HTMLElement).getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText("1 selected")).toBeTruthy();
    const left = (await listAccounts(seed.orgId)).find((account) => account.clientId === refused.clientId);
    expect(left?.secrets.map((secret) => secret.id)).toEqual(refused.secrets.map((secret) => secret.id));
  }, SLOW);

  it("offers no selection to a read-only user, but Export still", async () => {
    const reader = await signIn(MOCK_READER);
    renderAccountsPage({ user: reader, orgId: seed.orgId, path: accountsPath(seed.orgId), canManage: false });
    await findAccountRow("Bulk sync A");
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeTruthy();
    // Later requests run as the owner again, with the new session's CSRF token.
    owner = await signIn(MOCK_OWNER);
  }, SLOW);
});

describe("bulk Remove from Project on a project's service accounts", () => {
  it("removes the selection from the project only, reporting each account it could not remove", async () => {
    const groupId = seed.projectIds[1] ?? "";
    const invite = async (name: string) => {
      const account = await createAccount(owner, seed.orgId, { name });
      const response = await fetch(apiUrl(`/atlas/v2/groups/${groupId}/serviceAccounts/${account.clientId}:invite`), {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: SERVICE_ACCOUNT_MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
        body: JSON.stringify({ roles: ["GROUP_READ_ONLY"] }),
      });
      expect(response.status).toBe(200);
      return account;
    };
    const [leaving, staying, refused] = [await invite("Staging job A"), await invite("Staging job B"), await invite("Staging job C")];
    server.use(
      http.delete(`*/api/atlas/v2/groups/:groupId/serviceAccounts/${refused.clientId}`, () =>
        HttpResponse.json({ error: 409, errorCode: "CANNOT_REMOVE", detail: "The account runs a deploy here." }, { status: 409 }),
      ),
    );
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: projectAccountsPath(groupId), canManage: true, project: { groupId, name: "Staging" } });
    await user.click(within(await findAccountRow("Staging job A")).getByRole("checkbox"));
    await user.click(within(await findAccountRow("Staging job C")).getByRole("checkbox"));
    await user.click(screen.getByRole("button", { name: "Remove from Project" }));

    const dialog = await screen.findByRole("alertdialog", { name: "Remove 2 service accounts from Staging?" });
    const items = within(within(dialog).getByRole("list", { name: "Service accounts to remove" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent?.split(" mdb_sa_id_")[0])).toEqual(["Staging job A", "Staging job C"]);
    await user.click(within(dialog).getByRole("button", { name: "Remove from Project" }));

    const banner = await screen.findByRole("alert");
    await waitFor(() => expect(within(banner).getByText("Removed 1 of 2 service accounts from Staging")).toBeTruthy());
    expect(within(banner).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Staging job C: The account runs a deploy here."]);
    await waitFor(() => expect(names().sort()).toEqual(["Staging job B", "Staging job C"]));
    expect(screen.getByText("1 selected")).toBeTruthy();
    // Removed from the project only: still in the organization.
    expect((await listAccounts(seed.orgId)).map((account) => account.clientId)).toEqual(expect.arrayContaining([leaving.clientId, staying.clientId]));
  }, SLOW);
});
