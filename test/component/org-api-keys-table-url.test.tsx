// The keys table keeps its filter, sort, page and page size in the URL:
// a reload shows the same rows, Back steps back through sorting and paging,
// and the details modal and Edit carry the query string there and back.
// The project's table (the same view) does the same with its own columns.
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { bodyRows, cellTexts, findRow, here, keyByDesc, keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";
import { findProjectRow, projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

// Re-rendering 60 rows is slow in jsdom on a busy machine.
const SLOW = 20_000;

let clock = Date.now() - 24 * 3600_000;
const { seed } = mockBackendForSuite({ keys: 60, now: () => new Date((clock += 1000)) });
const NEWEST = "Read-only dashboards 60";
let production = "";
let owner: CurrentUser;
let terraform: ApiKey;

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  terraform = await keyByDesc(seed.orgId, "Terraform provisioning");
});

const filterField = () => screen.getByRole("searchbox", { name: "Filter API keys" }) as HTMLInputElement;
const sortOf = (name: string) => screen.getByRole("columnheader", { name }).getAttribute("aria-sort");
const descriptions = () => bodyRows().map((row) => cellTexts(row)[1]);

describe("API keys table state in the URL", () => {
  it("starts from what the URL says, and ignores what makes no sense", async () => {
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?q=terraform&sort=desc&dir=descending&size=50&page=1") });
    await waitFor(() => expect(screen.getByText("20 of 60 API keys match")).toBeTruthy());
    expect(filterField().value).toBe("terraform");
    expect(sortOf("Description")).toBe("descending");
    expect(descriptions()[0]).toBe("Terraform provisioning 58");
    cleanup();

    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?sort=desc&dir=descending&page=2&size=50") });
    await waitFor(() => expect(screen.getByText("51–60 of 60")).toBeTruthy());
    expect(bodyRows()).toHaveLength(10);
    cleanup();

    // A column this table does not have, a direction, page and size it does not know: the defaults.
    renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?sort=secret&dir=sideways&page=x&size=7") });
    await findRow(NEWEST);
    expect(sortOf("Created")).toBe("descending");
    expect(descriptions()[0]).toBe(NEWEST);
    expect(screen.getByText("1–25 of 60")).toBeTruthy();
  }, SLOW);

  it("writes sort, page, size and filter to the URL; Back and a reload show the same rows", async () => {
    const user = userEvent.setup();
    const { router } = renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    await findRow(NEWEST);

    await user.click(within(screen.getByRole("columnheader", { name: "Description" })).getByRole("button"));
    // Ascending is where a text column starts: only the column is written.
    expect(here(router)).toBe(keysPath(seed.orgId, "?sort=desc"));
    expect(router.state.historyAction).toBe("PUSH");
    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(here(router)).toBe(keysPath(seed.orgId, "?sort=desc&page=2"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Rows per page" }), "50");
    expect(here(router)).toBe(keysPath(seed.orgId, "?sort=desc&size=50"));

    // Typing replaces the entry (Back does not replay keystrokes) and starts at page 1.
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await user.type(filterField(), "dashboards");
    await waitFor(() => expect(here(router)).toBe(keysPath(seed.orgId, "?q=dashboards&sort=desc&size=50")));
    expect(router.state.historyAction).toBe("REPLACE");
    expect(filterField().value).toBe("dashboards");
    await waitFor(() => expect(bodyRows()).toHaveLength(20));

    // Back: the entry before the typing (page 2 of 50 rows), and the field follows the URL.
    act(() => void router.navigate(-1));
    await waitFor(() => expect(here(router)).toBe(keysPath(seed.orgId, "?sort=desc&size=50")));
    await waitFor(() => expect(filterField().value).toBe(""));
    await waitFor(() => expect(screen.getByText("1–50 of 60")).toBeTruthy());
    act(() => void router.navigate(-1));
    await waitFor(() => expect(screen.getByText("26–50 of 60")).toBeTruthy());
    expect(sortOf("Description")).toBe("ascending");

    // A reload: a new page at the same address.
    act(() => void router.navigate(keysPath(seed.orgId, "?sort=desc&dir=descending&q=dashboards")));
    const address = here(router);
    cleanup();
    renderKeysPage({ user: owner, path: address });
    await waitFor(() => expect(screen.getByText("20 of 60 API keys match")).toBeTruthy());
    expect(filterField().value).toBe("dashboards");
    expect(sortOf("Description")).toBe("descending");
    expect(descriptions()[0]).toBe("Read-only dashboards 60");
  }, SLOW);

  it("keeps the query string through the details modal and on the Edit links", async () => {
    const user = userEvent.setup();
    const search = "?q=terraform&sort=desc";
    const { router } = renderKeysPage({ user: owner, path: keysPath(seed.orgId, search) });
    const row = await findRow("Terraform provisioning");
    await user.click(within(row).getByRole("button", { name: `Actions for ${terraform.publicKey}` }));
    expect((await screen.findByRole("menuitem", { name: "Edit" })).getAttribute("href")).toBe(keysPath(seed.orgId, `/${terraform.id}/edit${search}`));
    await user.click(screen.getByRole("menuitem", { name: "View Details" }));

    const dialog = await screen.findByRole("dialog", { name: `${terraform.publicKey} API Key Details` });
    expect(here(router)).toBe(keysPath(seed.orgId, `/${terraform.id}${search}`));
    // Behind the modal, the same rows.
    expect(screen.getByText("20 of 60 API keys match")).toBeTruthy();
    expect(within(dialog).getByRole("link", { name: "Edit" }).getAttribute("href")).toBe(keysPath(seed.orgId, `/${terraform.id}/edit${search}`));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(here(router)).toBe(keysPath(seed.orgId, search)));
    expect(filterField().value).toBe("terraform");
    cleanup();

    // Opened by its URL (a reload of the modal): closing moves up to the same table.
    const reloaded = renderKeysPage({ user: owner, path: keysPath(seed.orgId, `/${terraform.id}${search}`) });
    await screen.findByRole("dialog", { name: `${terraform.publicKey} API Key Details` });
    await user.keyboard("{Escape}");
    await waitFor(() => expect(here(reloaded.router)).toBe(keysPath(seed.orgId, search)));
    expect(filterField().value).toBe("terraform");
  }, SLOW);

  it("does the same on a project's table, with only the project's columns", async () => {
    const user = userEvent.setup();
    // Projects is not a column of the project's table: its default sort (Created, newest first, as the organization's) stands.
    const { router } = renderProjectPage({ user: owner, path: projectKeysPath(production, "?sort=projects&q=terraform") });
    const row = await findProjectRow("Terraform provisioning");
    expect(filterField().value).toBe("terraform");
    expect(sortOf("Created")).toBe("descending");
    expect(screen.queryByRole("columnheader", { name: "Projects" })).toBeNull();

    await user.click(within(screen.getByRole("columnheader", { name: "Last Used" })).getByRole("button"));
    expect(here(router)).toBe(projectKeysPath(production, "?q=terraform&sort=lastUsed"));
    expect(sortOf("Last Used")).toBe("descending");

    await user.click(within(row).getByRole("button", { name: `Actions for ${terraform.publicKey}` }));
    await user.click(await screen.findByRole("menuitem", { name: "View Details" }));
    await screen.findByRole("dialog", { name: `${terraform.publicKey} API Key Details` });
    expect(router.state.location.search).toBe("?q=terraform&sort=lastUsed");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(here(router)).toBe(projectKeysPath(production, "?q=terraform&sort=lastUsed")));
    expect(sortOf("Last Used")).toBe("descending");
  }, SLOW);
});
