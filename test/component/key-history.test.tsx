// The key details modal's History: the key's last events in plain words
// (projects by name), a link to the Activity Feed filtered on the key, which
// says whose history it shows and can show every event again; a failed read
// of the history leaves the rest of the modal readable.
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { createMemoryRouter, RouterProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { ActivityPage } from "../../src/features/activity/components/activity-page.tsx";
import { ApiKeyDetailsDialog } from "../../src/features/org-api-keys/components/api-key-details-dialog.tsx";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";
import { formatExact } from "../../src/lib/format-date.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { apiUrl, keyByDesc, keysPath, signIn } from "./org-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let owner: CurrentUser;
let terraform: ApiKey;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
  terraform = await keyByDesc(seed.orgId, "Terraform provisioning");
});

function renderAt(path: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  client.setQueryData(currentUserQueryKey, owner);
  const router = createMemoryRouter(
    [
      { path: "/orgs/:orgId/access/apiKeys/:keyId", Component: ApiKeyDetailsDialog },
      { path: "/orgs/:orgId/access/activity", Component: ActivityPage },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

async function historyOf(key: ApiKey): Promise<HTMLElement> {
  const dialog = await screen.findByRole("dialog", { name: `${key.publicKey} API Key Details` });
  return within(dialog).getByRole("region", { name: "History" });
}

async function renameKey(key: ApiKey, desc: string): Promise<void> {
  const res = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/apiKeys/${key.id}`), {
    method: "PATCH",
    headers: { Accept: MEDIA_TYPE, "Content-Type": MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
    body: JSON.stringify({ desc }),
  });
  expect(res.status).toBe(200);
}

describe("API key history", () => {
  it("lists the key's events in plain words and opens the feed filtered on the key", async () => {
    const user = userEvent.setup();
    const router = renderAt(keysPath(seed.orgId, `/${terraform.id}`));
    const history = await historyOf(terraform);
    // The project's name once the org's projects have loaded ("a project" until then).
    await waitFor(() =>
      expect(within(history).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
        expect.stringContaining(`operator (seed) added API key ${terraform.publicKey} to project "Production" as Project Owner`),
        expect.stringContaining(`operator (seed) created API key ${terraform.publicKey} as Organization Owner`),
      ]),
    );

    await user.click(within(history).getByRole("link", { name: "Open in the Activity Feed" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orgs/${seed.orgId}/access/activity`));
    expect(router.state.location.search).toBe(`?key=${terraform.id}`);
    expect((await screen.findByText(/Showing the history of API key/)).textContent).toContain(terraform.publicKey);
    const table = await screen.findByRole("table", { name: "Activity feed" });
    // The header and the key's two events: not the other seed keys' creations.
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(3));

    await user.click(screen.getByRole("link", { name: "Show all events" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    // The other seed keys' creations are back.
    await waitFor(() => expect(within(table).getAllByRole("row").length).toBeGreaterThan(3));
    expect(screen.queryByText(/Showing the history of API key/)).toBeNull();
  });

  it("shows the newest five and links to all of them", async () => {
    const key = await keyByDesc(seed.orgId, "Billing export");
    for (let i = 1; i <= 5; i++) await renameKey(key, `Billing export v${i}`);
    renderAt(keysPath(seed.orgId, `/${key.id}`));
    const history = await historyOf({ ...key, desc: "Billing export v5" });
    const items = await within(history).findAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0]?.textContent).toContain(`renamed API key ${key.publicKey} from "Billing export v4" to "Billing export v5"`);
    expect(within(history).getByRole("link", { name: "See all 6 events in the Activity Feed" }).getAttribute("href")).toBe(
      `/orgs/${seed.orgId}/access/activity?key=${key.id}`,
    );
  });

  it("links an event in the feed to its key only while the key exists", async () => {
    const doomed = await keyByDesc(seed.orgId, "Read-only dashboards");
    const res = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/apiKeys/${doomed.id}`), {
      method: "DELETE",
      headers: { Accept: MEDIA_TYPE, "X-CSRF-Token": owner.csrfToken },
    });
    expect(res.status).toBe(204);
    renderAt(`/orgs/${seed.orgId}/access/activity`);
    const table = await screen.findByRole("table", { name: "Activity feed" });
    expect(await within(table).findAllByRole("link", { name: `Open API key ${terraform.publicKey}` })).toHaveLength(2);
    const doomedRows = within(table).getAllByRole("row").filter((row) => row.textContent?.includes(doomed.publicKey));
    expect(doomedRows.map((row) => row.getAttribute("data-event-type"))).toEqual(["API_KEY_DELETED", "API_KEY_CREATED"]);
    for (const row of doomedRows) expect(within(row).queryByRole("link")).toBeNull();
  });

  it("reads exact times to screen readers and labels the feed's cells for its cards", async () => {
    const user = userEvent.setup();
    renderAt(keysPath(seed.orgId, `/${terraform.id}`));
    const history = await historyOf(terraform);
    const times = await waitFor(() => {
      const found = Array.from(history.querySelectorAll("time"));
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    for (const time of times) {
      // Not a title alone: the exact time is in the text, and the date is a tab stop that shows its tip.
      expect(time.hasAttribute("title")).toBe(false);
      expect(time.textContent).toContain(`(${formatExact(time.dateTime)})`);
      expect(time.getAttribute("tabindex")).toBe("0");
      expect(time.nextElementSibling?.textContent).toBe(formatExact(time.dateTime));
    }

    await user.click(within(history).getByRole("link", { name: "Open in the Activity Feed" }));
    const table = await screen.findByRole("table", { name: "Activity feed" });
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(3));
    for (const row of within(table).getAllByRole("row").slice(1)) {
      expect(within(row).getAllByRole("cell").map((cell) => cell.getAttribute("data-label"))).toEqual(["Time", "Actor", "Action", "Address"]);
      const time = row.querySelector("time");
      expect(time?.hasAttribute("title")).toBe(false);
      expect(time?.textContent).toContain(`(${formatExact(time?.dateTime ?? "")})`);
    }
  });

  it("keeps the rest of the modal when the history cannot be read", async () => {
    server.use(
      http.get("*/api/atlas/v2/orgs/:orgId/events", () =>
        HttpResponse.json({ error: 503, errorCode: "SERVICE_UNAVAILABLE", detail: "Try again soon.", reason: "Service Unavailable", parameters: [] }, { status: 503 }),
      ),
    );
    renderAt(keysPath(seed.orgId, `/${terraform.id}`));
    const history = await historyOf(terraform);
    expect(await within(history).findByText("Could not load this key's history")).toBeTruthy();
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByText("Organization Owner")).toBeTruthy();
    expect(await within(within(dialog).getByRole("region", { name: "API Access List" })).findByText("192.0.2.0/24")).toBeTruthy();
  });
});
