// Create Service Account over the mock backend: bad input is caught next to
// its field and creates nothing; a refusal from the server (a lifetime past
// the organization's maximum, lowered after the page read it) is shown and
// creates nothing; a good one shows
// the client ID and secret once, Next waits for the tick, and the URL then
// names the new account (never its secret).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { here, signIn } from "./org-api-keys-harness.tsx";
import { accountsPath, listAccounts, renderCreateWizard, setSecretCap } from "./service-accounts-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

function renderWizard() {
  return renderCreateWizard(owner, seed.orgId);
}

async function fill(user: UserEvent, name: string, expiry = "30 days") {
  await user.type(screen.getByRole("textbox", { name: "Name" }), name);
  await user.type(screen.getByRole("textbox", { name: "Description" }), "Reads the dashboards");
  await user.click(screen.getByRole("checkbox", { name: /Organization Read Only/ }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Client Secret Expiration" }), expiry);
}

describe("Create Service Account", () => {
  it("shows what is wrong next to each field and creates nothing", async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "bad<name>");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Use letters, digits, spaces and - _ . , ' only.")).toBeTruthy();
    expect(screen.getByText("Enter a description.")).toBeTruthy();
    expect(screen.getByText("Select at least one role.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Name" }).getAttribute("aria-invalid")).toBe("true");
    expect(await listAccounts(seed.orgId)).toEqual([]);
  });

  it("shows the server's refusal of a lifetime past a maximum lowered meanwhile, and creates nothing", async () => {
    const user = userEvent.setup();
    renderWizard();
    // The menu follows the settings as the page read them (a year at most)...
    await screen.findByRole("option", { name: "1 year" });
    // ...then an owner lowers the maximum elsewhere.
    await setSecretCap(owner, seed.orgId, 24);
    await fill(user, "Too long lived", "7 days");
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = screen.getByRole("form", { name: "Service Account Information" });
    await waitFor(() => expect(within(form).getByText(/24/)).toBeTruthy());
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveProperty("value", "Too long lived");
    expect(await listAccounts(seed.orgId)).toEqual([]);
    await setSecretCap(owner, seed.orgId, 8760);
  });

  it("shows the client ID and secret once, then the access list, with the account named in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderWizard();
    await fill(user, "Dashboards");
    await user.click(screen.getByRole("button", { name: "Next" }));
    const clientId = (await screen.findByRole("group", { name: "Client ID" })).querySelector("code")?.textContent ?? "";
    const secret = screen.getByRole("group", { name: "Client Secret" }).querySelector("code")?.textContent ?? "";
    expect(clientId).toMatch(/^mdb_sa_id_[0-9a-f]{24}$/);
    expect(secret).toMatch(/^mdb_sa_sk_[A-Za-z0-9_-]{32,}$/);
    expect(here(router)).toBe(accountsPath(seed.orgId, `/new?account=${clientId}`));
    const next = screen.getByRole("button", { name: "Next" }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: "I have copied the client secret" }));
    await user.click(next);
    expect(await screen.findByRole("form", { name: "API Access List" })).toBeTruthy();
    expect(document.body.textContent).not.toContain(secret);
    const created = (await listAccounts(seed.orgId)).find((account) => account.clientId === clientId);
    expect(created?.name).toBe("Dashboards");
    expect(created?.secrets[0]?.secret).toBeUndefined();
  });
});
