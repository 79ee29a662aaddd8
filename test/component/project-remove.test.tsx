// "Remove from Project": a confirmation that says the key stays in the
// organization and keeps its other projects, starts on Cancel, and is not the
// organization's Delete.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, listKeys, signIn } from "./org-api-keys-harness.tsx";
import { apiWrite, findProjectRow, projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let production = "";
let staging = "";
let owner: CurrentUser;
let terraform: ApiKey;
const writes: { method: string; url: string }[] = [];

beforeAll(async () => {
  [production = "", staging = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  terraform = await keyByDesc(seed.orgId, "Terraform provisioning");
  // In Production (seed) and in Staging.
  await apiWrite(owner, "POST", `/atlas/v2/groups/${staging}/apiKeys/${terraform.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
  server.events.on("request:start", ({ request }) => {
    if (request.method !== "GET") writes.push({ method: request.method, url: request.url });
  });
});

async function openRemove(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  const row = await findProjectRow("Terraform provisioning");
  await user.click(within(row).getByRole("button", { name: `Actions for ${terraform.publicKey}` }));
  await user.click(await screen.findByRole("menuitem", { name: "Remove from Project" }));
  return screen.findByRole("alertdialog", { name: `Remove ${terraform.publicKey} from Production?` });
}

describe("Remove from Project", () => {
  it("says the key stays in the organization and keeps its other projects; starts on Cancel; Escape cancels", async () => {
    const user = userEvent.setup();
    renderProjectPage({ user: owner, path: projectKeysPath(production) });
    writes.length = 0;
    const dialog = await openRemove(user);

    expect(dialog.textContent).toContain("Terraform provisioning");
    expect(dialog.textContent).toContain("loses its roles in Production and can no longer call this project's API.");
    expect(dialog.textContent).toContain("The key stays in the organization and keeps its other projects");
    expect(dialog.textContent).toContain("its access list and private key are unchanged");
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));
    // Not the organization's Delete: no Delete button, no typing to confirm.
    expect(within(dialog).queryByRole("button", { name: "Delete" })).toBeNull();
    expect(within(dialog).queryByRole("textbox")).toBeNull();

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(writes).toEqual([]);
    expect(await findProjectRow("Terraform provisioning")).toBeTruthy();
  });

  it("removes the key from this project only", async () => {
    const user = userEvent.setup();
    renderProjectPage({ user: owner, path: projectKeysPath(production) });
    writes.length = 0;
    const dialog = await openRemove(user);
    await user.click(within(dialog).getByRole("button", { name: "Remove from Project" }));

    await waitFor(() => expect(screen.queryByRole("row", { name: /Terraform provisioning/ })).toBeNull());
    expect(writes).toEqual([
      { method: "DELETE", url: expect.stringMatching(new RegExp(`/api/atlas/v2/groups/${production}/apiKeys/${terraform.id}$`)) },
    ]);
    expect(
      await screen.findByText(`API key ${terraform.publicKey} removed from Production. It is still in the organization.`),
    ).toBeTruthy();
    // Still in the organization, still in Staging.
    const inOrg = (await listKeys(seed.orgId)).find((key) => key.id === terraform.id);
    expect(inOrg?.roles).toEqual([
      { orgId: seed.orgId, roleName: "ORG_OWNER" },
      { groupId: staging, roleName: "GROUP_READ_ONLY" },
    ]);
  });
});
