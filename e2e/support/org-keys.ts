// Helpers of the Organization Access Manager journeys: its URLs, a key's
// access list as the API reports it, and what to mask in screenshots.
import { expect, type Page } from "@playwright/test";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { volatile } from "./project-keys.ts";
import type { TestOrg } from "./world.ts";

export const keysPath = (org: TestOrg, rest = "") => `/orgs/${org.orgId}/access/apiKeys${rest}`;

/**
 * Screenshots of the page body: the top bar names this run's org and user,
 * so it is left out, and the org's random tag, public keys and dates are masked.
 * The browser clock is the server's "now", so relative hints read "just now" every run.
 */
export function shotOf(page: Page, org: TestOrg, ...publicKeys: string[]) {
  const main = page.locator("main");
  return {
    main,
    mask: [...volatile(main), page.getByText(org.orgName, { exact: false }), ...publicKeys.map((k) => page.getByText(k))],
  };
}

/**
 * Sorts the keys table by Description and waits for `first` to lead it. Keys
 * made within one second tie on "Created": a picture needs one order.
 */
export async function sortByDescription(page: Page, first: string): Promise<void> {
  const table = page.getByRole("table");
  await table.getByRole("button", { name: "Description" }).click();
  await expect(table.getByRole("columnheader", { name: "Description" })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.getByRole("row").nth(1)).toContainText(first);
}

/** The key's access list entries (CIDR blocks), sorted, read with the page's session. */
export async function accessList(page: Page, org: TestOrg, keyId: string): Promise<string[]> {
  const res = await page.request.get(`/api/atlas/v2/orgs/${org.orgId}/apiKeys/${keyId}/accessList`, { headers: { Accept: MEDIA_TYPE } });
  return ((await res.json()) as { results: { cidrBlock: string }[] }).results.map((e) => e.cidrBlock).sort();
}
