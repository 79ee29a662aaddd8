// The project's Users tab over the mock backend: a Project Owner (here the
// Organization Owner) adds a member of the organization with project roles,
// changes them and removes them from the project (they stay in the
// organization); a reader gets the table only.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { USERS_MEDIA_TYPE } from "../../src/features/users/api/user-types.ts";
import type { ProjectScope } from "../../src/lib/project-scope.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import { addMember, findUserRow, renderProjectUsers, userRows } from "./users-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;
let reader: CurrentUser;
const CAPTION = "Project users";
const scope = (canManage: boolean): ProjectScope => ({ groupId: seed.projectIds[1] ?? "", orgId: seed.orgId, projectName: "Staging", canManage, canManageOrg: canManage });

beforeAll(async () => {
  reader = await signIn(MOCK_READER);
  ({ owner } = await addMember(MOCK_OWNER, seed.orgId, "noa@example.com", ["ORG_MEMBER"]));
});

async function orgRolesOf(email: string): Promise<string[] | undefined> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/users?username=${email}`), { headers: { Accept: USERS_MEDIA_TYPE } });
  return ((await response.json()) as { results: { roles: { orgRoles: string[] } }[] }).results[0]?.roles.orgRoles;
}

describe("Project Users tab", () => {
  it("adds a member of the organization with project roles, edits them, and removes them from the project only", async () => {
    const user = userEvent.setup();
    renderProjectUsers({ user: owner, scope: scope(true) });
    expect(await screen.findByText("No users in this project")).toBeTruthy();
    await user.click(screen.getAllByRole("button", { name: "Add User" })[0] as HTMLElement);
    const add = await screen.findByRole("dialog", { name: "Add User to Project" });
    const picker = await within(add).findByLabelText("User");
    expect(within(picker).getAllByRole("option").map((option) => option.textContent)).toContain("Mia noa (noa@example.com)");
    await user.selectOptions(picker, "noa@example.com");
    await user.click(within(add).getByRole("checkbox", { name: "Project Data Access Read Only" }));
    await user.click(within(add).getByRole("button", { name: "Add User" }));

    const row = await findUserRow("noa@example.com", CAPTION);
    expect(row.textContent).toContain("Project Data Access Read Only");
    expect(await screen.findByText("noa@example.com added to Staging.")).toBeTruthy();

    await user.click(within(row).getByRole("button", { name: "Actions for noa@example.com" }));
    await user.click(await screen.findByRole("menuitem", { name: "Edit Roles" }));
    const edit = await screen.findByRole("dialog", { name: "Edit Roles of noa@example.com" });
    await user.click(within(edit).getByRole("checkbox", { name: "Project Data Access Read Only" }));
    await user.click(within(edit).getByRole("checkbox", { name: "Project Owner" }));
    await user.click(within(edit).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(async () => expect((await findUserRow("noa@example.com", CAPTION)).textContent).toMatch(/Project Owner(?!.*Data Access)/));

    const again = await findUserRow("noa@example.com", CAPTION);
    await user.click(within(again).getByRole("button", { name: "Actions for noa@example.com" }));
    const removeItem = await screen.findByRole("menuitem", { name: "Remove from Project" });
    expect(removeItem.className).not.toMatch(/danger/);
    await user.click(removeItem);
    const confirm = await screen.findByRole("alertdialog", { name: "Remove noa@example.com from Staging?" });
    await user.click(within(confirm).getByRole("button", { name: "Remove from Project" }));
    await waitFor(() => expect(screen.queryByRole("table", { name: CAPTION })).toBeNull());
    expect(await orgRolesOf("noa@example.com")).toEqual(["ORG_MEMBER"]);
  });

  it("shows a reader the project's users without Add User, Edit Roles or Remove", async () => {
    const user = userEvent.setup();
    const production: ProjectScope = { ...scope(false), groupId: seed.projectIds[0] ?? "", projectName: "Production" };
    await fetch(apiUrl(`/atlas/v2/groups/${production.groupId}/users`), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: USERS_MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
      body: JSON.stringify({ username: "noa@example.com", roles: ["GROUP_READ_ONLY"] }),
    });
    renderProjectUsers({ user: reader, scope: production });
    const row = await findUserRow("noa@example.com", CAPTION);
    expect(userRows(CAPTION)).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Add User" })).toBeNull();
    await user.click(within(row).getByRole("button", { name: "Actions for noa@example.com" }));
    expect((await screen.findAllByRole("menuitem")).map((item) => item.textContent)).toEqual(["Copy Email"]);
  });
});
