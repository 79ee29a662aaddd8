// The Activity Feed against the real server: changes made by the owner show
// in the org feed newest first in plain words, filter by type (kept in the
// URL), link to the key, appear in the project's feed, and export as JSON;
// a screenshot of the filtered feed (volatile cells masked) and axe.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { change, seriousA11yViolations, signIn } from "./support/pages.ts";
import { orgKey } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("changes show in the feed in order, filter by type, link to the key, and export", async ({ page }) => {
  const org = await newOrg("Org activity");
  const production = org.projects[0]?.id ?? "";
  const key = await orgKey(org, "Feed key");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);
  await change(page, "PATCH", `/orgs/${org.orgId}/apiKeys/${key.id}`, { desc: "Feed key renamed" });
  await change(page, "POST", `/orgs/${org.orgId}/apiKeys/${key.id}/accessList`, [{ cidrBlock: "192.0.2.0/24" }]);
  await change(page, "POST", `/groups/${production}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);

  await page.getByRole("link", { name: "Activity Feed" }).click();
  await expect(page).toHaveURL(`/orgs/${org.orgId}/access/activity`);
  const rows = page.getByRole("table", { name: "Activity feed" }).getByRole("row");
  // Projects by name and roles by their labels, not ids.
  await expect(rows.nth(1)).toContainText(`added API key ${key.publicKey} to project "Production" as Project Read Only`);
  await expect(rows.nth(2)).toContainText(`${org.owner} added 192.0.2.0/24 to key ${key.publicKey}'s access list`);
  await expect(rows.nth(3)).toContainText(`renamed API key ${key.publicKey} from "Feed key" to "Feed key renamed"`);
  await expect(rows.nth(4)).toContainText(`${org.owner} signed in`);
  await expect(rows.nth(5)).toContainText(`created API key ${key.publicKey}`);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel("Event type").selectOption("accessLists");
  await expect(page).toHaveURL(/[?&]type=accessLists/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("192.0.2.0/24");
  await page.mouse.move(0, 0);
  const main = page.locator("main");
  await expect(main).toHaveScreenshot("activity-filtered.png", { mask: [main.locator("td"), page.getByText(org.orgName, { exact: false })] });
  expect(await seriousA11yViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8")) as { eventTypeName: string; whitelistEntry?: string }[];
  expect(exported).toEqual([expect.objectContaining({ eventTypeName: "API_KEY_ACCESS_LIST_ENTRY_ADDED", whitelistEntry: "192.0.2.0/24" })]);

  await page.getByRole("link", { name: `Open API key ${key.publicKey}` }).click();
  await expect(page).toHaveURL(`/orgs/${org.orgId}/access/apiKeys/${key.id}`);
  await expect(page.getByRole("dialog")).toContainText(key.publicKey);

  await page.goto(`/projects/${production}/access/activity`);
  await expect(page.getByRole("table", { name: "Activity feed" }).getByRole("row").nth(1)).toContainText(
    `added API key ${key.publicKey} to this project as Project Read Only`,
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
});
