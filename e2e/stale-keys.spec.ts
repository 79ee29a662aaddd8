// Cleaning up stale keys against the real server: find the never-used ones
// with the usage filter (the browser's clock 40 days on, so keys made now are
// stale), select three and delete them in one confirmation, and export the
// filtered table as CSV under the console's Content-Security-Policy.
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { digestGet } from "./support/digest.ts";
import { keysPath, sortByDescription, shotOf } from "./support/org-keys.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { listKeys, orgKey } from "./support/project-keys.ts";
import { newOrg, type TestOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

const DAY = 24 * 3600_000;

/** Five keys: one used (by a Digest call), four never; the browser 40 days ahead. */
async function staleOrg(page: Page, label: string): Promise<{ org: TestOrg; used: { publicKey: string } }> {
  const org = await newOrg(label);
  const used = await orgKey(org, "Deploy pipeline");
  for (const desc of ["Old sync A", "Old sync B", "Old sync C", "Forgotten test key"]) await orgKey(org, desc);
  await page.goto("/login");
  // Usage is written in batches (every 5 s): wait until the list says the key was used.
  await expect
    .poll(
      async () => {
        const { data } = await digestGet(page, used, `/orgs/${org.orgId}/apiKeys`);
        return (data as { results: { publicKey: string; lastUsed: string | null }[] }).results.find((k) => k.publicKey === used.publicKey)?.lastUsed ?? null;
      },
      { timeout: 20_000, intervals: [1000] },
    )
    .not.toBeNull();
  await page.clock.setFixedTime(new Date(Date.now() + 40 * DAY));
  await signIn(page, org.owner);
  return { org, used };
}

/** A tip on screen lies within its row's height, so it hides no other row. */
async function expectWithinRow(tip: Locator, row: Locator): Promise<void> {
  const [tipBox, rowBox] = [await tip.boundingBox(), await row.boundingBox()];
  expect(tipBox && rowBox).toBeTruthy();
  if (!tipBox || !rowBox) return;
  expect(tipBox.y).toBeGreaterThanOrEqual(rowBox.y);
  expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
}

test("find never-used keys, then select three and delete them", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { org, used } = await staleOrg(page, "Stale keys");
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Deploy pipeline/ })).toBeVisible();

  await page.getByRole("combobox", { name: "Usage" }).selectOption({ label: "Never used" });
  await expect(page).toHaveURL(keysPath(org, "?usage=never"));
  await expect(page.getByText("4 of 5 API keys match")).toBeVisible();
  await expect(table.getByRole("row", { name: /Deploy pipeline/ })).toHaveCount(0);
  const badge = table.getByRole("row", { name: /Old sync A/ }).getByText("Unused");
  await badge.focus();
  await expect(page.getByRole("tooltip")).toHaveText("Never used in the 40 days since it was created");
  // The reason opens beside the cell, within its own row: no other row is hidden.
  await expectWithinRow(page.getByRole("tooltip"), table.getByRole("row", { name: /Old sync A/ }));
  await page.getByRole("searchbox", { name: "Filter API keys" }).fill("old sync");
  await expect(page.getByText("3 of 5 API keys match")).toBeVisible();
  await expect(page).toHaveURL(keysPath(org, "?q=old+sync&usage=never"));
  // The old keys are made within one second and tie on Created: one order for the picture.
  await sortByDescription(page, "Old sync A");
  await page.mouse.move(0, 0); // no hover highlight in the picture
  await badge.focus();
  const shot = shotOf(page, org, used.publicKey);
  await expect(shot.main).toHaveScreenshot("stale-filtered.png", { mask: shot.mask });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The exact creation time: a tab stop after the row's Last used, with its tip on focus, within the row.
  const row = table.getByRole("row", { name: /Old sync B/ });
  await row.getByRole("checkbox").focus();
  await page.keyboard.press("Tab");
  await expect(row.getByText("Unused")).toBeFocused();
  await page.keyboard.press("Tab");
  const created = row.locator("time");
  await expect(created).toBeFocused();
  const tip = row.locator("[data-exact-time]");
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/\d{4}/);
  await expectWithinRow(tip, row);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("checkbox", { name: "Select all 3 matching API keys" }).check();
  await expect(page.getByText("3 selected")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete 3 API keys?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expect(confirm.getByRole("listitem")).toHaveCount(3);
  const deleteButton = confirm.getByRole("button", { name: "Delete 3 keys" });
  await expect(deleteButton).toBeDisabled();
  await expect(confirm).toHaveScreenshot("bulk-delete.png", { mask: [confirm.getByText(/^[a-z]{8}$/)] });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await confirm.getByRole("textbox", { name: "Type 3 to confirm" }).fill("3");
  await deleteButton.click();

  await expect(page.getByText("3 API keys deleted.")).toBeVisible();
  const left = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).map((key) => key.desc).sort();
  expect(left).toEqual(["Deploy pipeline", "Forgotten test key"]);
});

test("export the filtered table as CSV, under the console's Content-Security-Policy", async ({ page }) => {
  // The policy the served console is getting: a download from a blob: URL must still work under it.
  const policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'";
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.route(
    (url) => !url.pathname.startsWith("/api/"),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
    },
  );
  const { org } = await staleOrg(page, "Export keys");
  await page.goto(keysPath(org, "?usage=never"));
  await expect(page.getByText("4 of 5 API keys match")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("api-keys.csv");
  const csv = await readFile(await download.path(), "utf8");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe("Public Key,Description,Roles,Projects,Created,Last Used");
  const keys = await listKeys(page, `/orgs/${org.orgId}/apiKeys`);
  const never = keys.filter((key) => key.desc !== "Deploy pipeline");
  expect(rows.map((row) => row.split(",")[1]).sort()).toEqual(never.map((key) => key.desc).sort());
  for (const row of rows) expect(row).toMatch(/^[a-z]{8},[^,]+,Organization Member,,\d{4}-\d\d-\d\dT[^,]+,Never$/);
  // Never a secret: nothing shaped like a private key.
  expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  const exported = JSON.parse(await readFile(await json.path(), "utf8")) as { publicKey: string; lastUsed: string | null }[];
  expect(exported).toHaveLength(4);
  expect(exported.every((key) => key.lastUsed === null)).toBe(true);
  expect(violations).toEqual([]);
});
