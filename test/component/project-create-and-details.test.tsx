// The organization's key components in a project: Create API Key with Project
// Permissions (POST /groups/{id}/apiKeys; the key also joins the organization
// as an Organization Member), and the details modal with the key's roles in
// this project.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import { projectQueryOptions } from "../../src/features/projects/api/project.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { dataCells, listKeys, signIn } from "./org-api-keys-harness.tsx";
import { addUser, findProjectRow, projectKeysPath, projectRolesOf, renderProjectPage } from "./project-api-keys-harness.tsx";

const { backend, server, seed } = mockBackendForSuite();
let production = "";
const writes: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  server.events.on("request:start", async ({ request }) => {
    if (request.method !== "GET") writes.push({ method: request.method, url: request.url, body: await request.clone().text() });
  });
});

describe("Create API Key in a project", () => {
  it("offers Project Permissions, creates the key in the project, and both lists show it", async () => {
    const owner = await signIn(MOCK_OWNER);
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: projectKeysPath(production) });
    await findProjectRow("Terraform provisioning");
    await user.click(screen.getByRole("link", { name: "Create API Key" }));

    expect(await screen.findByRole("heading", { name: "Create API Key" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Project API Keys" }).getAttribute("href")).toBe(projectKeysPath(production));
    const roles = screen.getByRole("group", { name: "Project Permissions" });
    expect(within(roles).getAllByRole("checkbox")).toHaveLength(11);
    expect(screen.queryByRole("group", { name: "Organization Permissions" })).toBeNull();

    writes.length = 0;
    await user.type(screen.getByRole("textbox", { name: "Description" }), "Project deploy bot");
    await user.click(within(roles).getByRole("checkbox", { name: "Project Read Only" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    // The copy-once step, as in the organization's wizard.
    expect(await screen.findByText("The Private Key is only shown once: on this page.")).toBeTruthy();
    expect(writes).toEqual([
      {
        method: "POST",
        url: expect.stringMatching(new RegExp(`/api/atlas/v2/groups/${production}/apiKeys$`)),
        body: JSON.stringify({ desc: "Project deploy bot", roles: ["GROUP_READ_ONLY"] }),
      },
    ]);
    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    // An Organization Owner gets the access-list editor.
    await user.click(await screen.findByRole("button", { name: "Skip" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(projectKeysPath(production)));
    const row = await findProjectRow("Project deploy bot");
    expect(within(row).getByText("Project Read Only")).toBeTruthy();

    const inOrg = (await listKeys(seed.orgId)).find((key) => key.desc === "Project deploy bot");
    expect(inOrg?.roles).toEqual([
      { orgId: seed.orgId, roleName: "ORG_MEMBER" },
      { groupId: production, roleName: "GROUP_READ_ONLY" },
    ]);
    expect(projectRolesOf(inOrg, production)).toEqual(["GROUP_READ_ONLY"]);
  });

  it("keeps the private-key step on screen when a background refresh of the project fails", async () => {
    const owner = await signIn(MOCK_OWNER);
    const user = userEvent.setup();
    const { client } = renderProjectPage({ user: owner, path: projectKeysPath(production, "/new") });
    await user.type(await screen.findByRole("textbox", { name: "Description" }), "Refresh survivor");
    await user.click(screen.getByRole("checkbox", { name: "Project Read Only" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const privateKey = (await screen.findByRole("group", { name: "Private Key" })).querySelector("code")?.textContent ?? "";
    expect(privateKey).toMatch(/^[0-9a-f-]{36}$/);

    server.use(http.get("/api/atlas/v2/groups/:groupId", () => HttpResponse.json({ error: 503, errorCode: "UNEXPECTED_ERROR", detail: "Down.", reason: "Service Unavailable", parameters: [] }, { status: 503 })));
    await client.refetchQueries({ queryKey: projectQueryOptions(production).queryKey });
    expect(await screen.findByText("Could not refresh this project")).toBeTruthy();
    expect(screen.getByText(privateKey)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Create API Key" })).toBeTruthy();
  });

  it("opens the details modal with the key's Project Permissions and Edit Permissions", async () => {
    const owner = await signIn(MOCK_OWNER);
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: projectKeysPath(production) });
    const row = await findProjectRow("Terraform provisioning");
    const publicKey = dataCells(row)[0]?.textContent ?? "";
    await user.click(within(row).getByRole("button", { name: `Actions for ${publicKey}` }));
    await user.click(await screen.findByRole("menuitem", { name: "View Details" }));

    const dialog = await screen.findByRole("dialog", { name: `${publicKey} API Key Details` });
    expect(router.state.location.pathname).toMatch(new RegExp(`^${projectKeysPath(production)}/[a-f0-9]{24}$`));
    const projectRoles = within(dialog).getByRole("heading", { name: "Project Permissions" }).closest("section");
    expect(projectRoles?.textContent).toContain("Project Owner");
    expect(within(dialog).queryByRole("heading", { name: "Projects" })).toBeNull();
    expect(await within(dialog).findByText("192.0.2.0/24")).toBeTruthy();
    const edit = within(dialog).getByRole("link", { name: "Edit Permissions" });
    expect(edit.getAttribute("href")).toBe(`${router.state.location.pathname}/permissions`);
  });

  it("tells a Project Owner who is not an Organization Owner who adds the access list", async () => {
    const credentials = await addUser(backend, {
      email: "project-owner@example.com",
      orgRole: "ORG_MEMBER",
      project: { groupId: production, role: "GROUP_OWNER" },
    });
    const projectOwner = await signIn(credentials);
    const user = userEvent.setup();
    renderProjectPage({ user: projectOwner, path: projectKeysPath(production, "/new") });

    await user.type(await screen.findByRole("textbox", { name: "Description" }), "Owner's own key");
    await user.click(screen.getByRole("checkbox", { name: "Project Cluster Manager" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("checkbox", { name: "I have copied the private key" }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(await screen.findByText("An Organization Owner adds the access list")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Use Current IP Address" })).toBeNull();
    expect(screen.getByRole("link", { name: "Done" }).getAttribute("href")).toBe(projectKeysPath(production));
  });
});
