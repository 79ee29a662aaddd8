// Removing several keys from a project at once: select them, one Remove from
// Project confirmation that lists each key, then a report per key when some
// removals fail (those keys stay in the project, whole, and still selected).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, listKeys, signIn } from "./org-api-keys-harness.tsx";
import {
  apiWrite,
  findProjectRow,
  listProjectKeys,
  projectKeysPath,
  projectRolesOf,
  projectRows,
  renderProjectPage,
} from "./project-api-keys-harness.tsx";

const SLOW = 20_000;
const { server, seed } = mockBackendForSuite({ keys: 9 });
let production = "";
let staging = "";
let owner: CurrentUser;
// In Production: the seed's Terraform key plus the three "Billing export" keys; Billing export 5 also in Staging.
const BILLING = ["Billing export", "Billing export 5", "Billing export 8"];
let billing: ApiKey[] = [];

beforeAll(async () => {
  [production = "", staging = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  billing = await Promise.all(BILLING.map((desc) => keyByDesc(seed.orgId, desc)));
  for (const key of billing) {
    await apiWrite(owner, "POST", `/atlas/v2/groups/${production}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
  }
  await apiWrite(owner, "POST", `/atlas/v2/groups/${staging}/apiKeys/${billing[1]?.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
});

const descriptions = () => projectRows().map((row) => within(row).getAllByRole("cell")[2]?.textContent).sort();
const selectAll = () => screen.getByRole("checkbox", { name: /^Select all \d+ matching API keys$/ }) as HTMLInputElement;

async function confirmRemovingBilling(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  renderProjectPage({ user: owner, path: projectKeysPath(production, "?q=billing") });
  await findProjectRow("Billing export");
  await waitFor(() => expect(projectRows()).toHaveLength(3));
  await user.click(selectAll());
  expect(screen.getByText("3 selected")).toBeTruthy();
  await user.click(within(screen.getByRole("group", { name: "Selected API keys" })).getByRole("button", { name: "Remove from Project" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Remove 3 keys from Production?" });
  const items = within(within(dialog).getByRole("list", { name: "Keys to remove" })).getAllByRole("listitem");
  expect(items.map((item) => item.textContent).sort()).toEqual(billing.map((key) => `${key.publicKey} ${key.desc}`).sort());
  expect(within(dialog).getByText("Each key stays in the organization and keeps its other projects:")).toBeTruthy();
  // Cancel is where focus starts: the safe answer.
  expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" }));
  return dialog;
}

describe("bulk Remove from Project", () => {
  it("reports each key it could not remove; that key stays in the project, whole and selected", async () => {
    const refused = billing[2] as ApiKey;
    server.use(
      http.delete(`*/api/atlas/v2/groups/:groupId/apiKeys/${refused.id}`, () =>
        HttpResponse.json({ error: 409, errorCode: "CANNOT_REMOVE", detail: "The key is in use by a deploy." }, { status: 409 }),
      ),
    );
    const user = userEvent.setup();
    const dialog = await confirmRemovingBilling(user);
    await user.click(within(dialog).getByRole("button", { name: "Remove from Project" }));

    const banner = await screen.findByRole("alert");
    await waitFor(() => expect(within(banner).getByText("Removed 2 of 3 API keys from Production")).toBeTruthy());
    expect(within(banner).getByText(/These keys are still in this project and stay selected:/)).toBeTruthy();
    expect(within(banner).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      `${refused.publicKey}: The key is in use by a deploy.`,
    ]);
    await waitFor(() => expect(descriptions()).toEqual([refused.desc]));
    expect((within(projectRows()[0] as HTMLElement).getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText("1 selected")).toBeTruthy();

    // Nothing half-done: the refused key keeps its Production roles; the others left Production only.
    const inProject = await listProjectKeys(production);
    expect(projectRolesOf(inProject.find((key) => key.id === refused.id), production)).toEqual(["GROUP_READ_ONLY"]);
    expect(inProject.filter((key) => key.desc.startsWith("Billing")).map((key) => key.desc)).toEqual([refused.desc]);
    const org = await listKeys(seed.orgId);
    const moved = org.find((key) => key.id === billing[1]?.id);
    expect(projectRolesOf(moved, staging)).toEqual(["GROUP_READ_ONLY"]);
    expect(org.filter((key) => BILLING.includes(key.desc))).toHaveLength(3);
    server.resetHandlers();
  }, SLOW);

  it("removes the rest after one confirmation, with a toast that says they stay in the organization", async () => {
    const user = userEvent.setup();
    // The refused key from the test above is the one left; invite the other two back.
    for (const key of billing.slice(0, 2)) {
      await apiWrite(owner, "POST", `/atlas/v2/groups/${production}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    }
    const dialog = await confirmRemovingBilling(user);
    await user.click(within(dialog).getByRole("button", { name: "Remove from Project" }));

    expect(await screen.findByText("3 API keys removed from Production. They are still in the organization.")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("No API keys match “billing”")).toBeTruthy());
    expect((await listProjectKeys(production)).some((key) => key.desc.startsWith("Billing"))).toBe(false);
    expect((await listKeys(seed.orgId)).filter((key) => BILLING.includes(key.desc))).toHaveLength(3);
  }, SLOW);
});
