// "<Public Key> API Key Details": a modal at its own URL over the table, with
// the key's facts, access list and projects; Escape goes back to the table;
// loading, failure and a deleted key have their own states.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { findRow, keyByDesc, keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let owner: CurrentUser;
let terraform: ApiKey;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
  terraform = await keyByDesc(seed.orgId, "Terraform provisioning");
});

describe("API key details", () => {
  it("opens from its URL with the key, its access list and its projects; Escape returns to the table", async () => {
    const user = userEvent.setup();
    const { router } = renderKeysPage({ user: owner, path: keysPath(seed.orgId, `/${terraform.id}`) });

    const dialog = await screen.findByRole("dialog", { name: `${terraform.publicKey} API Key Details` });
    expect(within(dialog).getByText(/^\*{8}-\*{4}-\*{4}-[0-9a-f]{12}$/)).toBeTruthy();
    expect(within(dialog).getByText("Never")).toBeTruthy();
    expect(within(dialog).getByText("Organization Owner")).toBeTruthy();
    const accessList = within(dialog).getByRole("region", { name: "API Access List" });
    expect((await within(accessList).findByText("192.0.2.0/24")).closest("li")?.textContent).toContain("0 requests");
    const projects = within(dialog).getByRole("region", { name: "Projects" });
    expect((await within(projects).findByText("Production")).closest("li")?.textContent).toContain("Project Owner");
    expect(within(dialog).getByRole("link", { name: "Edit" }).getAttribute("href")).toBe(keysPath(seed.orgId, `/${terraform.id}/edit`));

    await user.keyboard("{Escape}");
    await waitFor(() => expect(router.state.location.pathname).toBe(keysPath(seed.orgId)));
    expect(screen.queryByRole("dialog")).toBeNull();
    await findRow("Terraform provisioning");
  });

  it("opens from the row menu and Close goes back in history", async () => {
    const user = userEvent.setup();
    const { router } = renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    const row = await findRow("Terraform provisioning");
    await user.click(within(row).getByRole("button", { name: `Actions for ${terraform.publicKey}` }));
    await user.click(await screen.findByRole("menuitem", { name: "View Details" }));

    const dialog = await screen.findByRole("dialog", { name: `${terraform.publicKey} API Key Details` });
    // The table stays rendered behind the modal.
    expect(screen.getByRole("table", { name: "Organization API keys", hidden: true })).toBeTruthy();
    // The footer's Close (the corner's × has the same name).
    const close = within(dialog).getAllByRole("button", { name: "Close" }).at(-1);
    if (!close) throw new Error("No Close button");
    await user.click(close);
    await waitFor(() => expect(router.state.location.pathname).toBe(keysPath(seed.orgId)));
    expect(router.state.historyAction).toBe("POP");
  });

  it("says so when the key no longer exists", async () => {
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "/0123456789abcdef01234567") });
    expect((await screen.findByRole("alert")).textContent).toContain("This API key no longer exists");
    expect(screen.getByRole("dialog", { name: "API Key Details" })).toBeTruthy();
  });

  it("shows loading, then a failure with Retry that recovers", async () => {
    server.use(
      http.get(
        "*/api/atlas/v2/orgs/:orgId/apiKeys/:keyId",
        () => HttpResponse.json({ error: 503, errorCode: "SERVICE_UNAVAILABLE", detail: "Try again soon." }, { status: 503 }),
        { once: true },
      ),
    );
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, `/${terraform.id}`) });
    const dialog = await screen.findByRole("dialog", { name: "API Key Details" });
    expect(within(dialog).getByText("Loading API key…")).toBeTruthy();

    const banner = await within(dialog).findByRole("alert");
    expect(banner.textContent).toContain("Try again soon.");
    await user.click(within(banner).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("dialog", { name: `${terraform.publicKey} API Key Details` })).toBeTruthy();
  });
});
