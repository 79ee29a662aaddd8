// A key's history against the real server: the details modal lists the key's
// last events (and only that key's), its link opens the Activity Feed
// filtered on the key, which can show every event again; in a project, the
// history and its link are the project's. Screenshots and axe.
import { expect, test } from "@playwright/test";
import { change, seriousA11yViolations, signIn } from "./support/pages.ts";
import { orgKey, volatile } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

// An org and two keys made by CLI processes, three axe checks: over 2 min at a load average of 17.
test.describe.configure({ timeout: 240_000 });

test("the key's history opens from its details and leads to the feed filtered on it", async ({ page }) => {
  const org = await newOrg("Key history");
  const production = org.projects[0]?.id ?? "";
  const key = await orgKey(org, "History key");
  const bystander = await orgKey(org, "Bystander key");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);
  await change(page, "PATCH", `/orgs/${org.orgId}/apiKeys/${key.id}`, { desc: "History key renamed" });
  await change(page, "PATCH", `/orgs/${org.orgId}/apiKeys/${bystander.id}`, { desc: "Bystander renamed" });
  await change(page, "POST", `/groups/${production}/apiKeys/${key.id}`, [{ roles: ["GROUP_READ_ONLY"] }]);

  await page.goto(`/orgs/${org.orgId}/access/apiKeys/${key.id}`);
  const dialog = page.getByRole("dialog", { name: `${key.publicKey} API Key Details` });
  const history = dialog.getByRole("region", { name: "History" });
  const items = history.getByRole("listitem");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(`${org.owner} added API key ${key.publicKey} to project "Production" as Project Read Only`);
  await expect(items.nth(1)).toContainText(`renamed API key ${key.publicKey} from "History key" to "History key renamed"`);
  await expect(items.nth(2)).toContainText(`created API key ${key.publicKey} as Organization Member`);
  await expect(history).not.toContainText(bystander.publicKey);
  await page.mouse.move(0, 0);
  // As details.png in org-access.spec.ts: the key's own text (title, public key, the history's
  // sentences that name it), the private key's tail and the dates change from run to run.
  const inDetails = [...volatile(dialog), dialog.getByText(key.publicKey), dialog.getByText(/^\*{8}-/), dialog.locator("dd:has(time)")];
  await expect(dialog).toHaveScreenshot("details-history.png", { mask: inDetails });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await history.getByRole("link", { name: "Open in the Activity Feed" }).click();
  await expect(page).toHaveURL(`/orgs/${org.orgId}/access/activity?key=${key.id}`);
  await expect(page.getByText("Showing the history of API key")).toContainText(key.publicKey);
  const rows = page.getByRole("table", { name: "Activity feed" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(`to project "Production"`);
  await expect(page.getByRole("table", { name: "Activity feed" })).not.toContainText(bystander.publicKey);
  const main = page.locator("main");
  await expect(main).toHaveScreenshot("activity-key-history.png", {
    mask: [main.locator("td"), page.getByText(org.orgName, { exact: false }), main.locator("strong")],
  });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Show all events" }).click();
  await expect(page).toHaveURL(`/orgs/${org.orgId}/access/activity`);
  await expect(page.getByRole("table", { name: "Activity feed" })).toContainText(`renamed API key ${bystander.publicKey}`);

  // In the project: the key's history there, and the project's feed.
  await page.goto(`/projects/${production}/access/apiKeys/${key.id}`);
  const projectHistory = page.getByRole("dialog").getByRole("region", { name: "History" });
  await expect(projectHistory.getByRole("listitem")).toHaveCount(1);
  await expect(projectHistory).toContainText(`added API key ${key.publicKey} to this project as Project Read Only`);
  await projectHistory.getByRole("link", { name: "Open in the Activity Feed" }).click();
  await expect(page).toHaveURL(`/projects/${production}/access/activity?key=${key.id}`);
  await expect(page.getByRole("table", { name: "Activity feed" }).getByRole("row")).toHaveCount(2);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
