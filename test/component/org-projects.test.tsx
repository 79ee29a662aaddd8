// The organization's Projects page over the mock backend: owners create
// (field errors from the contract and from the server), rename and delete
// (typed confirmation, red Delete, Cancel first); readers only see the list;
// a failed load says so with Retry.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { renderOrgAdminPage } from "./org-admin-harness.tsx";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";

const { server, seed } = mockBackendForSuite();
const projectsPath = () => `/orgs/${seed.orgId}/projects`;
const rowNames = () => screen.getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[0]?.textContent);

describe("Projects page", () => {
  it("lets an owner create a project, showing the contract's and the server's refusals on the field", async () => {
    const user = userEvent.setup();
    renderOrgAdminPage({ user: await signIn(MOCK_OWNER), path: projectsPath() });
    await screen.findByRole("cell", { name: "Production" });
    await user.click(screen.getByRole("button", { name: "Create Project" }));
    const dialog = await screen.findByRole("dialog", { name: "Create Project" });
    const field = within(dialog).getByRole("textbox", { name: "Project name" });
    await user.type(field, "bad;name");
    await user.tab();
    expect(await within(dialog).findByText(/Use letters, digits, spaces/)).toBeTruthy();
    await user.clear(field);
    await user.type(field, "Staging");
    await user.click(within(dialog).getByRole("button", { name: "Create Project" }));
    expect(await within(dialog).findByText(/already exists in this organization/)).toBeTruthy();
    expect(field).toHaveProperty("value", "Staging");
    await user.clear(field);
    await user.type(field, "Analytics");
    await user.click(within(dialog).getByRole("button", { name: "Create Project" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(await screen.findByRole("cell", { name: "Analytics" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("Project Analytics created.");
  });

  it("renames and deletes with a typed confirmation; Delete is red and Cancel comes first", async () => {
    const user = userEvent.setup();
    renderOrgAdminPage({ user: await signIn(MOCK_OWNER), path: projectsPath() });
    await user.click(await screen.findByRole("button", { name: "Rename Staging" }));
    const rename = await screen.findByRole("dialog", { name: "Rename Staging" });
    const field = within(rename).getByRole("textbox", { name: "Project name" });
    await user.clear(field);
    await user.type(field, "Staging EU");
    await user.click(within(rename).getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("cell", { name: "Staging EU" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Delete Staging EU" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Delete project Staging EU?" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Cancel"));
    const remove = within(confirm).getByRole("button", { name: "Delete" });
    expect(remove.className).toMatch(/danger/);
    expect(remove).toHaveProperty("disabled", true);
    await user.type(within(confirm).getByRole("textbox", { name: "Type Staging EU to confirm" }), "Staging EU");
    expect(remove).toHaveProperty("disabled", false);
    await user.click(remove);
    await waitFor(() => expect(screen.queryByRole("cell", { name: "Staging EU" })).toBeNull());
    expect(screen.getByRole("status").textContent).toContain("Project Staging EU deleted.");
  });

  it("shows a reader the list without create, rename or delete", async () => {
    renderOrgAdminPage({ user: await signIn(MOCK_READER), path: projectsPath() });
    await screen.findByRole("cell", { name: "Production" });
    expect(rowNames()).toContain("Production");
    expect(screen.queryByRole("button", { name: "Create Project" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^(Rename|Delete) / })).toBeNull();
  });

  it("says when the list could not be loaded, with Retry", async () => {
    server.use(http.get(apiUrl(`/atlas/v2/orgs/${seed.orgId}/groups`), () =>
      HttpResponse.json({ error: 500, errorCode: "UNEXPECTED_ERROR", detail: "Boom.", reason: "Internal Server Error", parameters: [] }, { status: 500 })));
    renderOrgAdminPage({ user: await signIn(MOCK_OWNER), path: projectsPath() });
    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain("Could not load the projects");
    expect(within(banner).getByRole("button", { name: "Retry" })).toBeTruthy();
  });
});
