// The API keys table as an Organization Owner: loading, rows, failure and
// retry, filter, sort and paging over more keys than one page holds.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { bodyRows, cellTexts, findRow, keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

// Re-rendering 60 rows is slow in jsdom on a busy machine.
const SLOW = 15_000;

// 60 keys: more than the first page (25) holds. The clock ticks a second per
// reading, so each key has its own creation time and "newest first" is stable.
let clock = Date.now() - 24 * 3600_000;
const { server, seed } = mockBackendForSuite({ keys: 60, now: () => new Date((clock += 1000)) });
const NEWEST = "Read-only dashboards 60";
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

describe("API keys table", () => {
  it("shows skeleton rows while loading, then the newest keys first, with readable roles and project names", async () => {
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    expect(screen.getByText("Loading API keys…")).toBeTruthy();
    expect(screen.getByRole("table", { name: "Organization API keys" }).getAttribute("aria-busy")).toBe("true");

    await findRow(NEWEST);
    expect(cellTexts(bodyRows()[0] as HTMLElement)[1]).toBe(NEWEST);
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText("1–25 of 60")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Create API Key" }).getAttribute("href")).toBe(keysPath(seed.orgId, "/new"));

    // The one key in a project: found by the project's name.
    await user.click(screen.getByRole("searchbox", { name: "Filter API keys" }));
    await user.paste("production");
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    const [, desc, roles, projects, lastUsed] = cellTexts(bodyRows()[0] as HTMLElement);
    expect([desc, roles, projects, lastUsed]).toEqual(["Terraform provisioning", "Organization Owner", "Production", "Never"]);
  }, SLOW);

  it("shows an error banner whose Retry loads the keys", async () => {
    server.use(
      http.get("*/api/atlas/v2/orgs/:orgId/apiKeys", () =>
        HttpResponse.json({ error: 500, errorCode: "UNEXPECTED_ERROR", detail: "The database is asleep." }, { status: 500 }),
        { once: true },
      ),
    );
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });

    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain("Could not load API keys");
    expect(banner.textContent).toContain("The database is asleep.");
    await user.click(within(banner).getByRole("button", { name: "Retry" }));

    await findRow(NEWEST);
    expect(screen.queryByRole("alert")).toBeNull();
  }, SLOW);

  it("filters on description, role label and public key, and says when nothing matches", async () => {
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    await findRow(NEWEST);
    const filter = screen.getByRole("searchbox", { name: "Filter API keys" });

    await user.click(filter);
    await user.paste("billing admin");
    // Every third seeded key is a billing key: 20 of 60.
    await waitFor(() => expect(bodyRows()).toHaveLength(20));
    expect(screen.getByText("20 of 60 API keys match")).toBeTruthy();
    for (const row of bodyRows()) expect(cellTexts(row)[2]).toBe("Organization Billing Admin");

    await user.clear(filter);
    await user.click(filter);
    await user.paste("Terraform provisioning 58");
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    const publicKey = cellTexts(bodyRows()[0] as HTMLElement)[0] ?? "";

    await user.clear(filter);
    await user.click(filter);
    await user.paste(publicKey.toUpperCase());
    await waitFor(() => expect(bodyRows()).toHaveLength(1));

    await user.clear(filter);
    await user.click(filter);
    await user.paste("no such key");
    expect(await screen.findByText("No API keys match “no such key”")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    expect(document.activeElement).toBe(filter);
  }, SLOW);

  it("sorts by a column from its header button, both ways, and pages through the rest", async () => {
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    await findRow(NEWEST);

    const header = screen.getByRole("columnheader", { name: "Description" });
    expect(header.getAttribute("aria-sort")).toBeNull();
    expect(screen.getByRole("columnheader", { name: "Created" }).getAttribute("aria-sort")).toBe("descending");

    await user.click(within(header).getByRole("button", { name: "Description" }));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    const descriptions = () => bodyRows().map((row) => cellTexts(row)[1]);
    expect(descriptions()[0]).toBe("Billing export");
    expect(descriptions()[1]).toBe("Billing export 5");

    await user.click(within(header).getByRole("button", { name: "Description" }));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(descriptions()[0]).toBe("Terraform provisioning 58");

    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(screen.getByText("26–50 of 60")).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Rows per page" }), "100");
    expect(bodyRows()).toHaveLength(60);
  }, SLOW);
});
