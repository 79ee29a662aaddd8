// The Organization Access Manager on a phone-sized screen (375 x 800): the
// keys table and the create wizard's first step fit the width (no sideways
// page scroll) and keep their primary actions on screen. One baseline of the
// table at that width. The organization is made with the CLI (world.ts).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { keysPath, shotOf, sortByDescription } from "./support/org-keys.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { orgKey } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

const WIDTH = 375;

/** The page itself does not scroll sideways (a table may scroll inside its own box). */
async function expectNoPageOverflow(page: Page): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, "document scroll width").toBeLessThanOrEqual(WIDTH);
}

/** Visible and wholly inside the screen's width, so a thumb can reach it without panning. */
async function expectWithinWidth(target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  await expect(target).toBeInViewport({ ratio: 1 });
  const box = await target.boundingBox();
  expect(box, String(target)).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(WIDTH);
}

test("at 375 px the keys table and the create wizard fit the screen", async ({ page }) => {
  const org = await newOrg("Org narrow");
  const key = await orgKey(org, "Nightly exporter");
  const other = await orgKey(org, "Billing sync");
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);

  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Nightly exporter/ })).toBeVisible();
  await sortByDescription(page, "Billing sync");
  await expectNoPageOverflow(page);
  await expectWithinWidth(page.getByRole("link", { name: "Create API Key" }).first());
  await expectWithinWidth(page.getByRole("searchbox", { name: "Filter API keys" }));
  await expectWithinWidth(page.getByRole("button", { name: "Navigation" }));
  // Every Access Manager tab on one line: the list has nothing to scroll sideways.
  const tabs = page.getByRole("navigation", { name: "Access Manager sections" }).getByRole("list");
  expect(await tabs.evaluate((list) => list.scrollWidth - list.clientWidth)).toBe(0);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0); // no hover highlight in the picture
  const shot = shotOf(page, org, key.publicKey, other.publicKey);
  // Tall enough for the cards in one picture: a scrolled capture would have the sticky top bar over it.
  await page.setViewportSize({ width: WIDTH, height: 1200 });
  await expect(shot.main).toHaveScreenshot("table-375.png", { mask: shot.mask });
  await page.setViewportSize({ width: WIDTH, height: 800 });

  // Each row's actions menu can be reached and opened at this width too.
  const actions = page.getByRole("button", { name: `Actions for ${key.publicKey}` });
  await expectWithinWidth(actions);
  await actions.click();
  await expectWithinWidth(page.getByRole("menuitem", { name: "View Details" }));
  await page.keyboard.press("Escape");

  await page.getByRole("link", { name: "Create API Key" }).first().click();
  // The table's sort rides along, for the wizard's way back.
  await expect(page).toHaveURL(keysPath(org, "/new?sort=desc"));
  await expect(page.getByRole("group", { name: "Organization Permissions" })).toBeVisible();
  await expectNoPageOverflow(page);
  await expectWithinWidth(page.getByRole("textbox", { name: "Description" }));
  await expectWithinWidth(page.getByRole("checkbox", { name: /Organization Read Only/ }));
  await expectWithinWidth(page.getByRole("button", { name: "Next" }));
  await expectWithinWidth(page.getByRole("link", { name: "Cancel" }));
});

test("at 375 px: create a key, open its details, delete it, all without sideways scrolling", async ({ page, context }) => {
  const org = await newOrg("Org narrow journey");
  await orgKey(org, "Billing sync");
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);

  // Create: the three steps of the wizard.
  await page.getByRole("link", { name: "Create API Key" }).first().click();
  await page.getByRole("textbox", { name: "Description" }).fill("Phone-made key");
  await expect(page.getByText("14 of 250 characters")).toBeVisible();
  await page.getByRole("group", { name: "Organization Permissions" }).getByRole("checkbox", { name: /Organization Read Only/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  const publicKey = (await page.getByRole("group", { name: "Public Key" }).locator("code").textContent())?.trim() ?? "";
  await expectNoPageOverflow(page);
  await page.getByRole("group", { name: "Private Key" }).getByRole("button", { name: /Copy/ }).click();
  await page.getByRole("checkbox", { name: "I have copied the private key" }).check();
  await expectWithinWidth(page.getByRole("button", { name: "Next" }));
  await page.getByRole("button", { name: "Next" }).click();
  // 0.0.0.0/0 asks first; the dialog fits the screen.
  await page.getByRole("button", { name: "Add Access List Entry" }).click();
  await page.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }).fill("0.0.0.0/0");
  await page.getByRole("button", { name: "Save" }).click();
  const anywhere = page.getByRole("alertdialog", { name: "Accept requests from anywhere?" });
  await expect(anywhere).toBeVisible();
  await expectNoPageOverflow(page);
  await expectWithinWidth(anywhere.getByRole("button", { name: "Allow from anywhere" }));
  expect(await seriousA11yViolations(page)).toEqual([]);
  await anywhere.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }).fill("192.0.2.0/24");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveURL(keysPath(org));
  await expect(page.getByText(`API key ${publicKey} created, with 1 access list entry.`)).toBeVisible();

  // The table as cards: the new key's menu is on screen.
  const actions = page.getByRole("button", { name: `Actions for ${publicKey}` });
  await expectWithinWidth(actions);
  await expectNoPageOverflow(page);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Details.
  await actions.click();
  await page.getByRole("menuitem", { name: "View Details" }).click();
  const details = page.getByRole("dialog", { name: `${publicKey} API Key Details` });
  await expect(details).toContainText("192.0.2.0/24");
  await expectNoPageOverflow(page);
  await expectWithinWidth(details.getByRole("button", { name: "Copy public key" }));
  await details.getByRole("button", { name: "Copy public key" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicKey);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");

  // Delete from the row menu.
  await actions.click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expectNoPageOverflow(page);
  await confirm.getByRole("textbox", { name: `Type ${publicKey} to confirm` }).fill(publicKey);
  await expectWithinWidth(confirm.getByRole("button", { name: "Delete" }));
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText(`API key ${publicKey} deleted.`)).toBeVisible();
  await expect(actions).toHaveCount(0);
});
