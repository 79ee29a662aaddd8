// "Edit Permissions": Save replaces the key's roles in the project (PATCH
// { roles }), and the access list is sent to the organization-level page,
// which the page says before the user goes.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, signIn } from "./org-api-keys-harness.tsx";
import { apiWrite, findProjectRow, listProjectKeys, projectKeysPath, projectRolesOf, renderProjectPage } from "./project-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let production = "";
let staging = "";
let owner: CurrentUser;
let billing: ApiKey;
const writes: { method: string; body: string }[] = [];

beforeAll(async () => {
  [production = "", staging = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  billing = await keyByDesc(seed.orgId, "Billing export");
  // Two roles here, one in Staging that must not change.
  await apiWrite(owner, "POST", `/atlas/v2/groups/${production}/apiKeys/${billing.id}`, [{ roles: ["GROUP_OWNER", "GROUP_READ_ONLY"] }]);
  await apiWrite(owner, "POST", `/atlas/v2/groups/${staging}/apiKeys/${billing.id}`, [{ roles: ["GROUP_DATA_ACCESS_READ_ONLY"] }]);
  server.events.on("request:start", async ({ request }) => {
    if (request.method !== "GET") writes.push({ method: request.method, body: await request.clone().text() });
  });
});

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name }) as HTMLInputElement;
}

describe("Edit Permissions", () => {
  it("starts from the key's project roles and replaces them on Save", async () => {
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: projectKeysPath(production) });
    const row = await findProjectRow("Billing export");
    await user.click(within(row).getByRole("button", { name: `Actions for ${billing.publicKey}` }));
    await user.click(await screen.findByRole("menuitem", { name: "Edit Permissions" }));

    expect(await screen.findByRole("heading", { name: "Edit Permissions" })).toBeTruthy();
    expect(router.state.location.pathname).toBe(projectKeysPath(production, `/${billing.id}/permissions`));
    expect(screen.getByRole("group", { name: "Project Permissions" })).toBeTruthy();
    expect(checkbox("Project Owner").checked).toBe(true);
    expect(checkbox("Project Read Only").checked).toBe(true);
    const save = screen.getByRole("button", { name: "Save" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    // Nothing ticked is refused before any request.
    writes.length = 0;
    await user.click(checkbox("Project Owner"));
    await user.click(checkbox("Project Read Only"));
    await user.click(save);
    expect(await screen.findByText("Select at least one role.")).toBeTruthy();
    expect(writes).toEqual([]);

    await user.click(checkbox("Project Cluster Manager"));
    await user.click(checkbox("Project Read Only"));
    await user.click(save);

    await waitFor(() => expect(router.state.location.pathname).toBe(projectKeysPath(production)));
    expect(writes).toEqual([{ method: "PATCH", body: JSON.stringify({ roles: ["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY"] }) }]);
    // Replaced, not added: Project Owner is gone; Staging is untouched.
    const inProduction = (await listProjectKeys(production)).find((key) => key.id === billing.id);
    expect(projectRolesOf(inProduction, production)).toEqual(["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY"]);
    const inStaging = (await listProjectKeys(staging)).find((key) => key.id === billing.id);
    expect(projectRolesOf(inStaging, staging)).toEqual(["GROUP_DATA_ACCESS_READ_ONLY"]);

    const updated = await findProjectRow("Billing export");
    await waitFor(() => expect(within(updated).queryByText("Project Owner")).toBeNull());
    expect(within(updated).getByText("Project Cluster Manager")).toBeTruthy();
    expect(screen.getByText(`Permissions of API key ${billing.publicKey} in Production saved.`)).toBeTruthy();
  });

  it("says the access list belongs to the organization, and links to the key's organization-level edit page", async () => {
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: projectKeysPath(production, `/${billing.id}/permissions`) });
    const section = await screen.findByRole("region", { name: "API Access List" });
    expect(section.textContent).toContain("A key's access list belongs to the organization, not to this project");
    expect(section.textContent).toContain("Editing it takes you to the organization-level edit page for this key.");

    await user.click(within(section).getByRole("link", { name: "Edit Access List in the Organization" }));
    expect(await screen.findByRole("heading", { name: "Edit API Key" })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/orgs/${seed.orgId}/access/apiKeys/${billing.id}/edit`);
  });
});
