// Client Secret Expiration offers only what the organization allows: every
// duration up to a year (starting at 30 days) by default; up to the
// organization's maxServiceAccountSecretValidityInHours, starting at the
// longest, when it is lower, with the maximum itself when it falls between two
// durations; the same in Generate New Client Secret. What is picked is what
// the secret gets.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { signIn } from "./org-api-keys-harness.tsx";
import { accountsPath, createAccount, listAccounts, renderAccountsPage, renderCreateWizard, setSecretCap } from "./service-accounts-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;
const HOUR = 3600_000;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

afterEach(async () => {
  await setSecretCap(owner, seed.orgId, 8760);
});

/** The menu's choices, in order, and the one selected, once `last` is offered (the settings have arrived). */
async function menu(scope: HTMLElement, last: string): Promise<{ offered: string[]; selected: string }> {
  const select = within(scope).getByRole("combobox", { name: "Client Secret Expiration" }) as HTMLSelectElement;
  await waitFor(() => expect(Array.from(select.options).at(-1)?.textContent).toBe(last));
  return { offered: Array.from(select.options).map((option) => option.textContent ?? ""), selected: select.selectedOptions[0]?.textContent ?? "" };
}

/** Fills the create form and creates; the new account's only secret lives this many hours. */
async function createAndMeasure(user: UserEvent, name: string): Promise<number> {
  await user.type(screen.getByRole("textbox", { name: "Name" }), name);
  await user.type(screen.getByRole("textbox", { name: "Description" }), "Checks the secret's lifetime");
  await user.click(screen.getByRole("checkbox", { name: /Organization Read Only/ }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await screen.findByRole("group", { name: "Client Secret" });
  const secret = (await listAccounts(seed.orgId)).find((account) => account.name === name)?.secrets[0];
  if (!secret) throw new Error(`No secret for ${name}`);
  return Math.round((Date.parse(secret.expiresAt) - Date.parse(secret.createdAt)) / HOUR);
}

describe("Client Secret Expiration", () => {
  it("offers every duration up to a year, starting at 30 days, when the organization keeps the default maximum", async () => {
    renderCreateWizard(owner, seed.orgId);
    const form = await screen.findByRole("form", { name: "Service Account Information" });
    expect(await menu(form, "1 year")).toEqual({
      offered: ["8 hours", "1 day", "7 days", "30 days", "90 days", "180 days", "1 year"],
      selected: "30 days",
    });
  });

  it("offers nothing past a lower maximum and starts at the longest allowed, which the secret then gets", async () => {
    await setSecretCap(owner, seed.orgId, 24);
    const user = userEvent.setup();
    renderCreateWizard(owner, seed.orgId);
    const form = await screen.findByRole("form", { name: "Service Account Information" });
    expect(await menu(form, "1 day")).toEqual({ offered: ["8 hours", "1 day"], selected: "1 day" });
    expect(await createAndMeasure(user, "Short lived")).toBe(24);
  });

  it("offers the maximum itself when it falls between two durations", async () => {
    await setSecretCap(owner, seed.orgId, 100);
    const user = userEvent.setup();
    renderCreateWizard(owner, seed.orgId);
    const form = await screen.findByRole("form", { name: "Service Account Information" });
    const capped = "100 hours (the organization's maximum)";
    expect(await menu(form, capped)).toEqual({ offered: ["8 hours", "1 day", capped], selected: capped });
    expect(await createAndMeasure(user, "Odd cap")).toBe(100);
  });

  it("limits Generate New Client Secret the same way", async () => {
    const account = await createAccount(owner, seed.orgId, { name: "Rotated under a cap", secretExpiresAfterHours: 8 });
    await setSecretCap(owner, seed.orgId, 24 * 7);
    const user = userEvent.setup();
    renderAccountsPage({ user: owner, orgId: seed.orgId, path: accountsPath(seed.orgId, `/${account.clientId}`), canManage: true });
    const details = await screen.findByRole("dialog", { name: "Rotated under a cap Service Account Details" });
    await user.click(within(details).getByRole("button", { name: "Generate New Client Secret" }));
    const rotate = await screen.findByRole("dialog", { name: "Generate New Client Secret" });
    expect(await menu(rotate, "7 days")).toEqual({ offered: ["8 hours", "1 day", "7 days"], selected: "7 days" });
    await user.click(within(rotate).getByRole("button", { name: "Generate New" }));
    await within(rotate).findByRole("group", { name: "Client Secret" });
    const secrets = (await listAccounts(seed.orgId)).find((candidate) => candidate.clientId === account.clientId)?.secrets ?? [];
    const fresh = secrets.at(-1);
    expect(secrets).toHaveLength(2);
    expect(Math.round((Date.parse(fresh?.expiresAt ?? "") - Date.parse(fresh?.createdAt ?? "")) / HOUR)).toBe(24 * 7);
  });
});
