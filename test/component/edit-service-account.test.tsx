// Edit a service account's access list over the mock backend, as Edit API
// Key does: Next from the information step, remove an entry and add one,
// one Save; 0.0.0.0/0 asks first; a refused entry is named next to its field
// and in the banner, and nothing typed is lost; a refused PATCH is listed
// while the access list is saved; on a project's page the list
// is the project's endpoint's; a read-only user is offered no Edit.
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { createMemoryRouter, RouterProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";
import type { ServiceAccountScope } from "../../src/features/service-accounts/api/service-account-types.ts";
import { EditServiceAccountPage } from "../../src/features/service-accounts/components/edit-service-account-page.tsx";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../src/lib/service-account-media-type.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { apiUrl, here, signIn } from "./org-api-keys-harness.tsx";
import { accountsPath, createAccount, renderAccountsPage } from "./service-accounts-harness.tsx";

const { seed, server } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(apiUrl(path), {
    method,
    headers: { "Content-Type": "application/json", Accept: SERVICE_ACCOUNT_MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The account's entries as the server has them, sorted. */
async function serverEntries(clientId: string): Promise<string[]> {
  const response = await send("GET", `/atlas/v2/orgs/${seed.orgId}/serviceAccounts/${clientId}/accessList`);
  return ((await response.json()) as { results: { cidrBlock: string }[] }).results.map((entry) => entry.cidrBlock).sort();
}

async function accountWithEntries(name: string, entries: string[]): Promise<string> {
  const { clientId } = await createAccount(owner, seed.orgId, { name });
  if (entries.length > 0) {
    const added = await send("POST", `/atlas/v2/orgs/${seed.orgId}/serviceAccounts/${clientId}/accessList`, entries.map((cidrBlock) => ({ cidrBlock })));
    expect(added.status).toBe(200);
  }
  return clientId;
}

function renderEdit(scope: ServiceAccountScope, tablePath: string, clientId: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(currentUserQueryKey, owner);
  const router = createMemoryRouter(
    [
      { path: `${tablePath}/:clientId/edit`, element: <EditServiceAccountPage scope={scope} tablePath={tablePath} backLabel="Service Accounts" /> },
      { path: tablePath, element: <h1>Service accounts table</h1> },
    ],
    { initialEntries: [`${tablePath}/${clientId}/edit`] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router };
}

async function toAccessListStep(user: UserEvent): Promise<HTMLElement> {
  await user.click(await screen.findByRole("button", { name: "Next" }));
  return screen.findByRole("form", { name: "API Access List" });
}

describe("Edit a service account's access list", () => {
  it("removes one entry and adds another in one Save, then returns to the table", async () => {
    const clientId = await accountWithEntries("Exporter", ["192.0.2.0/24", "198.51.100.0/24"]);
    const user = userEvent.setup();
    const { router } = renderEdit({ kind: "org", orgId: seed.orgId }, accountsPath(seed.orgId), clientId);
    expect(((await screen.findByRole("textbox", { name: "Name" })) as HTMLInputElement).value).toBe("Exporter");
    const form = await toAccessListStep(user);
    expect(screen.getByRole("note").textContent).toContain("Changing the access list affects every project of this account");
    const listed = within(form).getByRole("list", { name: "Entries on this account" });
    expect(within(listed).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      expect.stringContaining("192.0.2.0/24"),
      expect.stringContaining("198.51.100.0/24"),
    ]);
    await user.click(within(form).getByRole("button", { name: "Remove 192.0.2.0/24" }));
    await user.click(within(form).getByRole("button", { name: "Add Access List Entry" }));
    await user.type(within(form).getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }), "203.0.113.7");
    await user.click(within(form).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(here(router)).toBe(accountsPath(seed.orgId)));
    expect(router.state.location.state).toMatchObject({ notice: "Service account Exporter saved.", highlight: clientId });
    expect(await serverEntries(clientId)).toEqual(["198.51.100.0/24", "203.0.113.7/32"]);
  });

  it("asks before an entry that opens the account to every address, and saves nothing on Cancel", async () => {
    const clientId = await accountWithEntries("Open door", []);
    const user = userEvent.setup();
    const { router } = renderEdit({ kind: "org", orgId: seed.orgId }, accountsPath(seed.orgId), clientId);
    const form = await toAccessListStep(user);
    await user.click(within(form).getByRole("button", { name: "Add Access List Entry" }));
    await user.type(within(form).getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }), "0.0.0.0/0");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    const ask = await screen.findByRole("alertdialog", { name: "Accept requests from anywhere?" });
    expect(ask.textContent).toContain("this account's access list no longer limits");
    await user.click(within(ask).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(await serverEntries(clientId)).toEqual([]);
    expect(here(router)).toBe(accountsPath(seed.orgId, `/${clientId}/edit?step=access`));

    await user.click(within(form).getByRole("button", { name: "Save" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Allow from anywhere" }));
    await waitFor(() => expect(here(router)).toBe(accountsPath(seed.orgId)));
    expect(await serverEntries(clientId)).toEqual(["0.0.0.0/0"]);
  });

  it("names an entry the server refuses next to its field and in a banner, and keeps what was typed", async () => {
    const clientId = await accountWithEntries("Clashing", []);
    const user = userEvent.setup();
    const { router } = renderEdit({ kind: "org", orgId: seed.orgId }, accountsPath(seed.orgId), clientId);
    const form = await toAccessListStep(user);
    await user.click(within(form).getByRole("button", { name: "Add Access List Entry" }));
    const input = within(form).getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }) as HTMLInputElement;
    await user.type(input, "192.0.2.9");
    // Someone else adds the same address meanwhile: the server answers 409.
    await send("POST", `/atlas/v2/orgs/${seed.orgId}/serviceAccounts/${clientId}/accessList`, [{ ipAddress: "192.0.2.9" }]);
    await user.click(within(form).getByRole("button", { name: "Save" }));

    const banner = await within(form).findByText("One change was not saved");
    expect(banner).toBeTruthy();
    expect(within(form).getByText(/Add 192\.0\.2\.9:/)).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.value).toBe("192.0.2.9");
    expect(here(router)).toBe(accountsPath(seed.orgId, `/${clientId}/edit?step=access`));
  });

  it("lists a refused rename in the banner and saves the access-list change beside it", async () => {
    const clientId = await accountWithEntries("Renamed", []);
    server.use(
      http.patch(
        "*/api/atlas/v2/orgs/:orgId/serviceAccounts/:clientId",
        () => HttpResponse.json({ error: 500, errorCode: "UNEXPECTED_ERROR", detail: "The store is read-only." }, { status: 500 }),
        { once: true },
      ),
    );
    const user = userEvent.setup();
    const { router } = renderEdit({ kind: "org", orgId: seed.orgId }, accountsPath(seed.orgId), clientId);
    const name = (await screen.findByRole("textbox", { name: "Name" })) as HTMLInputElement;
    await user.clear(name);
    await user.type(name, "Renamed twice");
    const form = await toAccessListStep(user);
    await user.click(within(form).getByRole("button", { name: "Add Access List Entry" }));
    await user.type(within(form).getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }), "192.0.2.44");
    await user.click(within(form).getByRole("button", { name: "Save" }));

    expect(await within(form).findByText("One change was not saved")).toBeTruthy();
    expect(within(form).getByText("Update name, description and permissions:").parentElement?.textContent).toContain("The store is read-only.");
    expect(await serverEntries(clientId)).toEqual(["192.0.2.44/32"]);
    expect(here(router)).toBe(accountsPath(seed.orgId, `/${clientId}/edit?step=access`));
  });

  it("on a project's page, edits the list through the project's endpoint", async () => {
    const groupId = seed.projectIds[0] ?? "";
    const clientId = await accountWithEntries("Project loader", ["192.0.2.0/24"]);
    const invited = await send("POST", `/atlas/v2/groups/${groupId}/serviceAccounts/${clientId}:invite`, { roles: ["GROUP_READ_ONLY"] });
    expect(invited.status).toBe(200);
    const user = userEvent.setup();
    const requests: string[] = [];
    const tablePath = `/projects/${groupId}/access/serviceAccounts`;
    renderEdit({ kind: "project", orgId: seed.orgId, groupId }, tablePath, clientId);
    const onRequest = (event: { request: Request }) => requests.push(`${event.request.method} ${new URL(event.request.url).pathname}`);
    const form = await toAccessListStep(user);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Edit Permissions");
    await user.click(within(form).getByRole("button", { name: "Remove 192.0.2.0/24" }));
    server.events.on("request:start", onRequest);
    await user.click(within(form).getByRole("button", { name: "Save" }));
    await screen.findByRole("heading", { name: "Service accounts table" });
    server.events.removeListener("request:start", onRequest);
    expect(requests).toContain(`DELETE /api/atlas/v2/groups/${groupId}/serviceAccounts/${clientId}/accessList/192.0.2.0%2F24`);
    expect(await serverEntries(clientId)).toEqual([]);
  });

  it("offers a read-only user no Edit in the details", async () => {
    const clientId = await accountWithEntries("Watched", ["192.0.2.0/24"]);
    const reader = await signIn(MOCK_READER);
    try {
      renderAccountsPage({ user: reader, orgId: seed.orgId, path: accountsPath(seed.orgId, `/${clientId}`), canManage: false });
      const details = await screen.findByRole("dialog", { name: "Watched Service Account Details" });
      expect(await within(details).findByText("192.0.2.0/24")).toBeTruthy();
      expect(within(details).queryByRole("link", { name: /Edit/ })).toBeNull();
    } finally {
      owner = await signIn(MOCK_OWNER);
    }
  });
});
