// A Project Owner who is only an Organization Member manages the project's
// keys: Invite to Project and Create API Key in the header, Edit Permissions
// and Remove from Project in each row, and Edit Permissions saves. The
// organization-level access list stays an Organization Owner's.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, signIn } from "./org-api-keys-harness.tsx";
import { addUser, findProjectRow, listProjectKeys, openRowMenu, projectKeysPath, projectRolesOf, renderProjectPage } from "./project-api-keys-harness.tsx";

const { backend, seed } = mockBackendForSuite();
let production = "";
let projectOwner: CurrentUser;
let terraform: ApiKey;

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  await signIn(MOCK_OWNER);
  terraform = await keyByDesc(seed.orgId, "Terraform provisioning");
  const credentials = await addUser(backend, {
    email: "project-owner@example.com",
    orgRole: "ORG_MEMBER",
    project: { groupId: production, role: "GROUP_OWNER" },
  });
  projectOwner = await signIn(credentials);
});

describe("A Project Owner who is not an Organization Owner", () => {
  it("sees Invite to Project, Edit Permissions and Remove from Project", async () => {
    const user = userEvent.setup();
    renderProjectPage({ user: projectOwner, path: projectKeysPath(production) });
    await findProjectRow("Terraform provisioning");
    expect(screen.getByRole("link", { name: "Invite to Project" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Create API Key" })).toBeTruthy();

    const menu = await openRowMenu(user, "Terraform provisioning");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual([
      "View Details",
      "Copy Public Key",
      "Edit Permissions",
      "Remove from Project",
    ]);
  });

  it("changes a key's project roles with Edit Permissions, but not its access list", async () => {
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: projectOwner, path: projectKeysPath(production) });
    const menu = await openRowMenu(user, "Terraform provisioning");
    await user.click(within(menu).getByRole("menuitem", { name: "Edit Permissions" }));

    expect(await screen.findByRole("heading", { name: "Edit Permissions" })).toBeTruthy();
    const accessList = screen.getByRole("region", { name: "API Access List" });
    expect(accessList.textContent).toContain("Only an Organization Owner can change it.");
    expect(within(accessList).queryByRole("link")).toBeNull();

    await user.click(screen.getByRole("checkbox", { name: "Project Read Only" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(projectKeysPath(production)));
    expect(await screen.findByText(`Permissions of API key ${terraform.publicKey} in Production saved.`)).toBeTruthy();
    const saved = (await listProjectKeys(production)).find((key) => key.id === terraform.id);
    expect(projectRolesOf(saved, production)).toEqual(["GROUP_OWNER", "GROUP_READ_ONLY"]);
  });
});
