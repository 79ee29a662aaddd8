// Edit Permissions sends the user to the key's organization-level edit page
// for its access list; Save and Cancel there bring the user back to Edit
// Permissions, not to the organization's table. The way back travels as
// router state ({ returnTo }) and is taken only when it is a page of the
// Access Manager.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { returnToOf } from "../../src/lib/route-state.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, keysPath, signIn } from "./org-api-keys-harness.tsx";
import { projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { seed } = mockBackendForSuite();
let production = "";
let owner: CurrentUser;
let terraform: ApiKey;

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  terraform = await keyByDesc(seed.orgId, "Terraform provisioning"); // In Production (seed).
});

function permissionsPath(): string {
  return projectKeysPath(production, `/${terraform.id}/permissions`);
}

async function openOrgEditPage(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole("link", { name: "Edit Access List in the Organization" }));
  expect(await screen.findByRole("heading", { name: "Edit API Key" })).toBeTruthy();
}

describe("Editing a key's access list from a project", () => {
  it("returns to Edit Permissions on Cancel", async () => {
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: permissionsPath() });
    await openOrgEditPage(user);
    expect(router.state.location.pathname).toBe(`/orgs/${seed.orgId}/access/apiKeys/${terraform.id}/edit`);

    const cancel = await screen.findByRole("link", { name: "Cancel" });
    expect(cancel.getAttribute("href")).toBe(permissionsPath());
    // The back link names no table it does not go to.
    expect(screen.getByRole("link", { name: "Back" }).getAttribute("href")).toBe(permissionsPath());
    expect(screen.queryByRole("link", { name: "Organization API Keys" })).toBeNull();
    await user.click(cancel);
    expect(await screen.findByRole("heading", { name: "Edit Permissions" })).toBeTruthy();
    expect(router.state.location.pathname).toBe(permissionsPath());
  });

  it("returns to Edit Permissions on Save, from the access list step", async () => {
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: permissionsPath() });
    await openOrgEditPage(user);
    await user.click(await screen.findByRole("button", { name: "Next" }));
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Cancel" }).getAttribute("href")).toBe(permissionsPath());
    // Still in this step's history entry, so a reload here returns to the same place.
    expect(returnToOf(router.state.location.state)).toBe(permissionsPath());

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(permissionsPath()));
    expect(await screen.findByRole("heading", { name: "Edit Permissions" })).toBeTruthy();
  });

  it.each([
    ["another site", "//evil.example/orgs/x"],
    ["a full URL", "https://evil.example/projects/x"],
    ["a page of the site outside the Access Manager", "/"],
    ["a path that climbs out of it", "/projects/../logout"],
    ["not a string", 42],
  ])("ignores a return path that is %s, and returns to the organization's table", async (_what, returnTo) => {
    renderProjectPage({ user: owner, path: `/orgs/${seed.orgId}/access/apiKeys/${terraform.id}/edit`, state: { returnTo } });
    expect(await screen.findByRole("heading", { name: "Edit API Key" })).toBeTruthy();
    expect((await screen.findByRole("link", { name: "Cancel" })).getAttribute("href")).toBe(keysPath(seed.orgId));
    expect(screen.getByRole("link", { name: "Organization API Keys" }).getAttribute("href")).toBe(keysPath(seed.orgId));
  });
});
