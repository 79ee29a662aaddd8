// The details modal in a project reads the key from the organization, so it
// checks the key has a role in this project: a key outside it (a stale or
// hand-made link) gets a clear message and nothing to edit, decided on the
// fresh copy of the key, not on the organization list's older one. And an
// empty list of project roles reads "None.", not an empty space.
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { http } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { orgApiKeysQueryOptions } from "../../src/features/org-api-keys/api/org-api-keys.ts";
import { KeyDetails } from "../../src/features/org-api-keys/components/key-details.tsx";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, listKeys, signIn } from "./org-api-keys-harness.tsx";
import { apiWrite, projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let production = "";
let owner: CurrentUser;
let billing: ApiKey;

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  billing = await keyByDesc(seed.orgId, "Billing export"); // In no project (seed).
});

describe("Key details in a project", () => {
  it("says a key with no role in the project is not in it, and offers nothing to edit", async () => {
    renderProjectPage({ user: owner, path: projectKeysPath(production, `/${billing.id}`) });

    const dialog = await screen.findByRole("dialog", { name: "API Key Details" });
    expect((await within(dialog).findByRole("alert")).textContent).toContain("This API key is not in this project.");
    expect(within(dialog).queryByText(billing.publicKey)).toBeNull();
    expect(within(dialog).queryByRole("heading", { name: "Project Permissions" })).toBeNull();
    expect(within(dialog).queryByRole("link", { name: "Edit Permissions" })).toBeNull();
  });

  it("waits for the fresh copy of a key that has just joined the project, rather than saying it is not in it", async () => {
    const reporting = await keyByDesc(seed.orgId, "Read-only dashboards");
    // The organization's list as it was before the key joined the project...
    const staleList = { results: await listKeys(seed.orgId), totalCount: 3, links: [] };
    await apiWrite(owner, "POST", `/atlas/v2/groups/${production}/apiKeys/${reporting.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);
    // ...and the key itself, held back until the test lets it through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(http.get("/api/atlas/v2/orgs/:orgId/apiKeys/:keyId", async () => {
      await held;
      return undefined; // On to the mock backend.
    }));
    const { client } = renderProjectPage({ user: owner, path: projectKeysPath(production, `/${reporting.id}`) });
    client.setQueryData(orgApiKeysQueryOptions(seed.orgId).queryKey, staleList);

    const dialog = await screen.findByRole("dialog", { name: "API Key Details" });
    expect(within(dialog).getByRole("status").textContent).toBe("Loading API key…");
    expect(within(dialog).queryByRole("alert")).toBeNull();

    release();
    expect(await screen.findByRole("dialog", { name: `${reporting.publicKey} API Key Details` })).toBeTruthy();
    const projectRoles = screen.getByRole("heading", { name: "Project Permissions" }).closest("section");
    expect(projectRoles?.textContent).toContain("Project Read Only");
  });

  it('prints "None." for an empty list of project roles', async () => {
    const client = createQueryClient();
    client.setQueryData(currentUserQueryKey, owner);
    render(
      <QueryClientProvider client={client}>
        <KeyDetails orgId={seed.orgId} apiKey={billing} groupId={production} />
      </QueryClientProvider>,
    );

    const section = screen.getByRole("heading", { name: "Project Permissions" }).closest("section");
    expect(section?.textContent).toBe("Project PermissionsNone.");
    expect(await screen.findByText(/No access list entries/)).toBeTruthy();
  });
});
