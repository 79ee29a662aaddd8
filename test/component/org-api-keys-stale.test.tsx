// Finding stale keys: the usage, role and project filters (in the URL,
// combined with the text filter, with the count of matches) and the quiet
// "Unused" mark on keys never used 30 days after their creation.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { formatExact } from "../../src/lib/format-date.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { expectUnusedBadge } from "./unused-badge.ts";
import { bodyRows, cellTexts, findRow, here, keyByDesc, keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const SLOW = 15_000;
const DAY = 24 * 3600_000;
// Every key is made 100 days ago (a second apart); three have been used since.
let clock = Date.now() - 100 * DAY;
const { backend, seed } = mockBackendForSuite({ keys: 9, now: () => new Date((clock += 1000)) });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
  const used: [string, number][] = [
    ["Billing export", 2],
    ["Terraform provisioning 4", 45],
    ["Read-only dashboards 6", 95],
  ];
  for (const [desc, daysAgo] of used) {
    const key = await keyByDesc(seed.orgId, desc);
    await backend.deps.store.touchKey(key.id, new Date(Date.now() - daysAgo * DAY));
  }
});

const descriptions = () => bodyRows().map((row) => cellTexts(row)[1]).sort();
const select = (name: string) => screen.getByRole("combobox", { name });

describe("stale-key filters", () => {
  it("filters by usage, says how many match, and keeps the choice in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    await findRow("Billing export");

    await user.selectOptions(select("Usage"), "Never used");
    await waitFor(() => expect(screen.getByText("6 of 9 API keys match")).toBeTruthy());
    expect(here(router)).toBe(keysPath(seed.orgId, "?usage=never"));
    expect(descriptions()).toEqual([
      "Billing export 5",
      "Billing export 8",
      "Read-only dashboards",
      "Read-only dashboards 9",
      "Terraform provisioning",
      "Terraform provisioning 7",
    ]);

    await user.selectOptions(select("Usage"), "Not used in 30 days");
    await waitFor(() => expect(screen.getByText("8 of 9 API keys match")).toBeTruthy());
    await user.selectOptions(select("Usage"), "Not used in 90 days");
    await waitFor(() => expect(screen.getByText("7 of 9 API keys match")).toBeTruthy());
    expect(descriptions()).toContain("Read-only dashboards 6");
    await user.selectOptions(select("Usage"), "Used in the last 7 days");
    await waitFor(() => expect(screen.getByText("1 of 9 API keys match")).toBeTruthy());
    expect(descriptions()).toEqual(["Billing export"]);
  }, SLOW);

  it("combines usage, role, project and text, read back from the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderKeysPage({ user: owner, path: keysPath(seed.orgId, "?usage=never&role=ORG_BILLING_ADMIN") });
    await waitFor(() => expect(screen.getByText("2 of 9 API keys match")).toBeTruthy());
    expect((select("Role") as HTMLSelectElement).value).toBe("ORG_BILLING_ADMIN");
    expect(descriptions()).toEqual(["Billing export 5", "Billing export 8"]);

    await user.click(screen.getByRole("searchbox", { name: "Filter API keys" }));
    await user.paste("8");
    await waitFor(() => expect(screen.getByText("1 of 9 API keys match")).toBeTruthy());
    expect(here(router)).toBe(keysPath(seed.orgId, "?q=8&usage=never&role=ORG_BILLING_ADMIN"));

    await user.selectOptions(select("Role"), "Any");
    await user.clear(screen.getByRole("searchbox", { name: "Filter API keys" }));
    await user.selectOptions(select("Project"), "Production");
    await waitFor(() => expect(screen.getByText("1 of 9 API keys match")).toBeTruthy());
    expect(descriptions()).toEqual(["Terraform provisioning"]);

    // Nothing left: said so, and one button clears every filter.
    await user.selectOptions(select("Usage"), "Used in the last 7 days");
    expect(await screen.findByText("No API keys match these filters")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(bodyRows()).toHaveLength(9));
    expect(here(router)).toBe(keysPath(seed.orgId));
  }, SLOW);

  it("marks keys never used 30 days after creation, with the reason on focus", async () => {
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    const never = await findRow("Read-only dashboards");
    const used = await findRow("Terraform provisioning 4");
    expect(within(used).queryByText("Unused")).toBeNull();

    expectUnusedBadge(never, /(99|100)/);
    expect(bodyRows().filter((row) => within(row).queryByText("Unused"))).toHaveLength(6);
  }, SLOW);

  it("lets keyboard users reach each exact time: one tab stop per date, with its tip", async () => {
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    const row = await findRow("Billing export");
    const dates = Array.from(row.querySelectorAll("time"));
    expect(dates.map((time) => time.closest("td")?.getAttribute("data-label"))).toEqual(["Last used", "Created"]);

    // Tab from the row's checkbox: each date, then the row's menu; nothing else.
    within(row).getByRole("checkbox").focus();
    for (const time of dates) {
      await user.tab();
      expect(document.activeElement).toBe(time);
      const exact = formatExact(time.dateTime);
      // Sighted users: a tip next to the date (shown on :focus and :hover); screen readers: the text itself.
      const tip = time.nextElementSibling;
      expect(tip?.textContent).toBe(exact);
      expect(tip?.getAttribute("aria-hidden")).toBe("true");
      expect(time.textContent).toContain(`(${exact})`);
      expect(time.hasAttribute("title")).toBe(false);
    }
    await user.tab();
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Actions for /);
    // At most one tab stop in any cell.
    for (const cell of within(row).getAllByRole("cell")) {
      expect(cell.querySelectorAll('[tabindex="0"], button, input, a[href]').length).toBeLessThanOrEqual(1);
    }
  }, SLOW);
});
