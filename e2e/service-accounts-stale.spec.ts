// Cleaning up stale service accounts against the real server, as stale keys
// are cleaned up: one account used (a token minted with its secret), three
// never; the browser's clock 40 days on, so those three are stale. Find them
// with the usage and text filters, export the matches as CSV, select two and
// delete them in one confirmation. Axe on the selection; one picture at 1440 px.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { accountNames, accountsPath, mintToken, orgAccount, volatileAccount } from "./support/service-accounts.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

const DAY = 24 * 3600_000;
const YEAR_OF_HOURS = 365 * 24;

test("find never-used service accounts, export them, then select two and delete them", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const org = await newOrg("Stale service accounts");
  await signIn(page, org.owner);
  // Secrets for a year: none has expired 40 days on.
  const used = await orgAccount(page, org, "Deploy bot", YEAR_OF_HOURS);
  for (const name of ["Old sync A", "Old sync B", "Forgotten test"]) await orgAccount(page, org, name, YEAR_OF_HOURS);
  expect((await mintToken(page, used.clientId, used.secret)).status).toBe(200);
  await page.clock.setFixedTime(new Date(Date.now() + 40 * DAY));

  await page.goto(accountsPath(org));
  const table = page.getByRole("table", { name: "Organization service accounts" });
  await expect(table.getByRole("row", { name: /Deploy bot/ })).toBeVisible();
  await page.getByRole("combobox", { name: "Usage" }).selectOption({ label: "Never used" });
  await expect(page).toHaveURL(accountsPath(org, "?usage=never"));
  await expect(page.getByText("3 of 4 service accounts match")).toBeVisible();
  await expect(table.getByRole("row", { name: /Deploy bot/ })).toHaveCount(0);
  await expect(table.getByRole("row", { name: /Old sync A/ }).getByText("Unused")).toBeVisible();
  await page.getByRole("searchbox", { name: "Filter service accounts" }).fill("old sync");
  await expect(page.getByText("2 of 4 service accounts match")).toBeVisible();
  await expect(page).toHaveURL(accountsPath(org, "?q=old+sync&usage=never"));

  // Export the matching rows: the two old accounts, never a secret.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("service-accounts.csv");
  const csv = await readFile(await download.path(), "utf8");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe("Client ID,Name,Description,Roles,Secrets Expire,Created,Last Used");
  expect(rows.map((row) => row.split(",")[1]).sort()).toEqual(["Old sync A", "Old sync B"]);
  for (const row of rows) expect(row).toMatch(/^mdb_sa_id_[0-9a-f]{24},Old sync [AB],Old sync [AB] account,Organization Member,[^,]+,[^,]+,Never$/);
  expect(csv).not.toContain("mdb_sa_sk_");

  // Select the two: by the row's box, then the rest with the header's.
  await table.getByRole("row", { name: /Old sync A/ }).getByRole("checkbox", { name: "Select Old sync A" }).check();
  await expect(page.getByText("1 selected")).toBeVisible();
  await page.getByRole("checkbox", { name: "Select all 2 matching service accounts" }).check();
  await expect(page.getByText("2 selected")).toBeVisible();
  // The two old accounts tie on Created (made within a second): one order for the picture.
  await table.getByRole("button", { name: "Name" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText("Old sync A");
  await page.mouse.move(0, 0);
  const main = page.locator("main");
  await expect(main).toHaveScreenshot("stale-selected.png", { mask: [...volatileAccount(main), page.getByText(org.orgName, { exact: false })] });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete 2 service accounts?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  const items = confirm.getByRole("list", { name: "Service accounts to delete" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: "In no project" })).toHaveCount(2);
  const deleteButton = confirm.getByRole("button", { name: "Delete 2 service accounts" });
  await expect(deleteButton).toBeDisabled();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await confirm.getByRole("textbox", { name: "Type 2 to confirm" }).fill("2");
  await deleteButton.click();

  await expect(page.getByText("2 service accounts deleted.")).toBeVisible();
  expect(await accountNames(page, org)).toEqual(["Deploy bot", "Forgotten test"]);
});
