// A user without Organization Owner sees the table and the details, and no
// control that changes anything.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_READER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { findRow, keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const { seed } = mockBackendForSuite();
let reader: CurrentUser;

beforeAll(async () => {
  reader = await signIn(MOCK_READER);
});

describe("API keys for a read-only user", () => {
  it("shows the keys without Create, Edit or Delete; View Details still opens", async () => {
    const user = userEvent.setup();
    const { router } = renderKeysPage({ user: reader, path: keysPath(seed.orgId) });
    const row = await findRow("Billing export");
    expect(screen.queryByRole("link", { name: "Create API Key" })).toBeNull();

    const publicKey = within(row).getAllByRole("cell")[0]?.textContent ?? "";
    await user.click(within(row).getByRole("button", { name: `Actions for ${publicKey}` }));
    const menu = await screen.findByRole("menu");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["View Details", "Copy Public Key"]);

    await user.click(within(menu).getByRole("menuitem", { name: "View Details" }));
    const dialog = await screen.findByRole("dialog", { name: `${publicKey} API Key Details` });
    expect(router.state.location.pathname).toMatch(new RegExp(`^${keysPath(seed.orgId)}/[a-f0-9]{24}$`));
    expect(within(dialog).queryByRole("link", { name: "Edit" })).toBeNull();
    expect(within(dialog).getByText("Organization Billing Admin")).toBeTruthy();
  });
});
