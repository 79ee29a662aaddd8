// The Service Accounts table over the mock backend: what each row shows, a
// secret about to expire flagged, filter and sort kept in the URL, and what
// a read-only user may do.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { here, signIn } from "./org-api-keys-harness.tsx";
import { accountCells, accountRows, accountsPath, createAccount, findAccountRow, renderAccountsPage } from "./service-accounts-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;
let reader: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
  await createAccount(owner, seed.orgId, { name: "Nightly export", roles: ["ORG_READ_ONLY"], secretExpiresAfterHours: 90 * 24 });
  await createAccount(owner, seed.orgId, { name: "Alert bot", roles: ["ORG_MEMBER"], secretExpiresAfterHours: 24 });
  reader = await signIn(MOCK_READER);
  // Later requests run as the owner again (one session cookie in the mock).
  owner = await signIn(MOCK_OWNER);
});

describe("Service Accounts table", () => {
  it("shows name, client ID, roles and each secret's expiry, flagging one that expires within a week", async () => {
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId), canManage: true });
    const soon = await findAccountRow("Alert bot");
    const later = await findAccountRow("Nightly export");
    expect(accountCells(soon)[1]?.textContent).toMatch(/^mdb_sa_id_[0-9a-f]{24}$/);
    expect(soon.textContent).toContain("Organization Member");
    expect(within(soon).getByText("Expires soon")).toBeTruthy();
    expect(within(later).queryByText("Expires soon")).toBeNull();
    expect(later.textContent).toContain("Organization Read Only");
    // Never used yet.
    expect(later.textContent).toContain("Never");
  });

  it("keeps the filter and the sort in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId), canManage: true });
    await findAccountRow("Alert bot");
    await user.type(screen.getByRole("searchbox", { name: "Filter service accounts" }), "nightly");
    await waitFor(() => expect(accountRows()).toHaveLength(1));
    expect(here(router)).toBe(`${accountsPath(seed.orgId)}?q=nightly`);
    expect(screen.getByText("1 of 2 service accounts match")).toBeTruthy();
    await user.clear(screen.getByRole("searchbox", { name: "Filter service accounts" }));
    await user.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(here(router)).toBe(`${accountsPath(seed.orgId)}?sort=name`));
    expect(accountRows().map((row) => accountCells(row)[0]?.textContent)).toEqual(["Alert bot", "Nightly export"]);
  });

  it("opens with the URL's filter and says when nothing matches", async () => {
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, "?q=nothing-like-this"), canManage: true });
    expect(await screen.findByText("No service accounts match “nothing-like-this”")).toBeTruthy();
  });

  it("offers a read-only user the details and the client ID, not Create, Edit or Delete", async () => {
    const user = userEvent.setup();
    renderAccountsPage({ user: reader, orgId: seed.orgId, path: accountsPath(seed.orgId), canManage: false });
    const row = await findAccountRow("Alert bot");
    expect(screen.queryByRole("link", { name: "Create Service Account" })).toBeNull();
    await user.click(within(row).getByRole("button", { name: "Actions for Alert bot" }));
    const items = (await screen.findAllByRole("menuitem")).map((item) => item.textContent);
    expect(items).toEqual(["View Details", "Copy Client ID"]);
  });
});
