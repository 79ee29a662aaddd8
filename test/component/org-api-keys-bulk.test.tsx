// Acting on many keys at once: selection by keyboard and "all matching the
// filters", one Delete confirmation that lists each key and the projects it
// leaves, and a report per key when some deletes fail.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { bodyRows, cellTexts, findRow, keyByDesc, keysPath, listKeys, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const SLOW = 20_000;
const { server, seed } = mockBackendForSuite({ keys: 9 });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

const selectAll = () => screen.getByRole("checkbox", { name: /^Select all \d+ matching API keys$/ }) as HTMLInputElement;

describe("bulk actions on the organization's keys", () => {
  it("selects rows by keyboard, and all rows matching the filter across pages", async () => {
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?q=billing") });
    const row = await findRow("Billing export");
    const terraform = await keyByDesc(seed.orgId, "Billing export");

    const box = within(row).getByRole("checkbox", { name: `Select ${terraform.publicKey}` });
    box.focus();
    await user.keyboard(" ");
    expect(screen.getByText("1 selected")).toBeTruthy();
    expect(selectAll().indeterminate).toBe(true);

    await user.click(selectAll());
    expect(selectAll().getAttribute("aria-label")).toBe("Select all 3 matching API keys");
    expect(screen.getByText("3 selected")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(screen.getByText("No keys selected")).toBeTruthy();
    expect(bodyRows().every((r) => !(within(r).getByRole("checkbox") as HTMLInputElement).checked)).toBe(true);
  }, SLOW);

  it("deletes the selection after one confirmation that lists each key and the projects it leaves", async () => {
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?q=terraform") });
    await findRow("Terraform provisioning");
    await user.click(selectAll());
    await user.click(screen.getByRole("button", { name: "Delete" }));

    const dialog = await screen.findByRole("alertdialog", { name: "Delete 3 API keys?" });
    const items = within(within(dialog).getByRole("list", { name: "Keys to delete" })).getAllByRole("listitem");
    // Each item: public key, description, then where it leaves.
    expect(items.map((item) => item.textContent?.replace(/^[a-z]{8} /, "")).sort()).toEqual([
      "Terraform provisioning 4In no project",
      "Terraform provisioning 7In no project",
      "Terraform provisioningLeaves Production",
    ]);
    const confirm = within(dialog).getByRole("button", { name: "Delete 3 keys" });
    expect(confirm.hasAttribute("disabled")).toBe(true);
    await user.type(within(dialog).getByRole("textbox", { name: "Type 3 to confirm" }), "3");
    expect(confirm.hasAttribute("disabled")).toBe(false);
    await user.click(confirm);

    expect(await screen.findByText("3 API keys deleted.")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("No API keys match “terraform”")).toBeTruthy());
    expect((await listKeys(seed.orgId)).some((key) => key.desc.startsWith("Terraform"))).toBe(false);
  }, SLOW);

  it("reports each key it could not delete, leaves it whole and still selected", async () => {
    const refused = await keyByDesc(seed.orgId, "Read-only dashboards 6");
    server.use(
      http.delete(`*/api/atlas/v2/orgs/:orgId/apiKeys/${refused.id}`, () =>
        HttpResponse.json({ error: 409, errorCode: "CANNOT_DELETE", detail: "The key is in use by a deploy." }, { status: 409 }),
      ),
    );
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?q=read-only") });
    await findRow("Read-only dashboards");
    await user.click(selectAll());
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 3 API keys?" });
    await user.type(within(dialog).getByRole("textbox", { name: "Type 3 to confirm" }), "3{Enter}");

    const banner = await screen.findByRole("alert");
    await waitFor(() => expect(within(banner).getByText("Deleted 2 of 3 API keys")).toBeTruthy());
    expect(within(banner).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      `${refused.publicKey}: The key is in use by a deploy.`,
    ]);
    await waitFor(() => expect(bodyRows().map((row) => cellTexts(row)[1])).toEqual(["Read-only dashboards 6"]));
    expect((within(bodyRows()[0] as HTMLElement).getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText("1 selected")).toBeTruthy();
    const left = await listKeys(seed.orgId);
    expect(left.find((key) => key.id === refused.id)?.roles).toEqual(refused.roles);
  }, SLOW);

  it("offers no selection to a read-only user, but Export still", async () => {
    const reader = await signIn(MOCK_READER);
    renderKeysPage({ user: reader, path: keysPath(seed.orgId) });
    await findRow("Billing export");
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeTruthy();
    await signIn(MOCK_OWNER);
  }, SLOW);
});
