// A service account's secrets in its details: Generate New Client Secret
// shows the new secret once, Close waits for the tick, and afterwards the
// secret is nowhere: not on screen, not in any cached query or mutation.
// Revoke asks first and the secret is gone from the list; Delete needs the
// client ID typed.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { signIn } from "./org-api-keys-harness.tsx";
import { accountsPath, createAccount, findAccountRow, listAccounts, renderAccountsPage } from "./service-accounts-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

describe("Service account secrets", () => {
  it("generates a new secret shown once, and keeps it out of every cache once closed", async () => {
    const account = await createAccount(owner, seed.orgId, { name: "Rotator" });
    const user = userEvent.setup();
    const { client } = renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, `/${account.clientId}`), canManage: true });
    const details = await screen.findByRole("dialog", { name: "Rotator Service Account Details" });
    await user.click(within(details).getByRole("button", { name: "Generate New Client Secret" }));
    const rotate = await screen.findByRole("dialog", { name: "Generate New Client Secret" });
    await user.selectOptions(within(rotate).getByRole("combobox", { name: "Client Secret Expiration" }), "7 days");
    await user.click(within(rotate).getByRole("button", { name: "Generate New" }));
    const value = (await within(rotate).findByRole("group", { name: "Client Secret" })).querySelector("code")?.textContent ?? "";
    expect(value).toMatch(/^mdb_sa_sk_/);

    // The footer's Close (the header's × stays inert while the secret is shown).
    const close = within(rotate)
      .getAllByRole("button", { name: "Close" })
      .find((button) => button.textContent === "Close") as HTMLButtonElement;
    expect((close as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog", { name: "Generate New Client Secret" })).toBeTruthy();
    await user.click(within(rotate).getByRole("checkbox", { name: "I have copied the client secret" }));
    await user.click(close);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Generate New Client Secret" })).toBeNull());

    // Both secrets listed, masked; the new one nowhere in full.
    await waitFor(() => expect(within(details).getAllByRole("button", { name: /^Revoke secret/ })).toHaveLength(2));
    expect(document.body.textContent).not.toContain(value);
    const cached = JSON.stringify([
      client.getQueryCache().getAll().map((query) => query.state.data),
      client.getMutationCache().getAll().map((mutation) => mutation.state.data),
    ]);
    expect(cached).not.toContain(value);
  });

  it("revokes a secret after asking", async () => {
    const account = await createAccount(owner, seed.orgId, { name: "Revoker" });
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, `/${account.clientId}`), canManage: true });
    const details = await screen.findByRole("dialog", { name: "Revoker Service Account Details" });
    await user.click(await within(details).findByRole("button", { name: /^Revoke secret/ }));
    const confirm = await screen.findByRole("alertdialog");
    expect(confirm.textContent).toContain("only secret");
    await user.click(within(confirm).getByRole("button", { name: "Revoke" }));
    await waitFor(() => expect(within(details).queryByRole("button", { name: /^Revoke secret/ })).toBeNull());
    expect((await listAccounts(seed.orgId)).find((candidate) => candidate.clientId === account.clientId)?.secrets).toEqual([]);
  });

  it("deletes an account only once its client ID is typed", async () => {
    const account = await createAccount(owner, seed.orgId, { name: "Doomed" });
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId), canManage: true });
    const row = await findAccountRow("Doomed");
    await user.click(within(row).getByRole("button", { name: "Actions for Doomed" }));
    await user.click(await screen.findByRole("menuitem", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: `Delete service account ${account.clientId}?` });
    const remove = within(dialog).getByRole("button", { name: "Delete" }) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    await user.type(within(dialog).getByRole("textbox"), "Doomed");
    expect(remove.disabled).toBe(true);
    await user.clear(within(dialog).getByRole("textbox"));
    await user.type(within(dialog).getByRole("textbox"), account.clientId);
    await user.click(remove);
    await waitFor(async () => expect((await listAccounts(seed.orgId)).map((candidate) => candidate.clientId)).not.toContain(account.clientId));
    expect(await screen.findByText("Service account Doomed deleted.")).toBeTruthy();
  });
});
