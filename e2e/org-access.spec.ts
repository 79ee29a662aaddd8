// The Organization Access Manager against the real server: a key created in
// the wizard works with Digest once its private key is copied; details, edit
// (description and access list), delete; screenshots of each screen with a
// fixed clock and volatile values masked; axe on each screen. Each test makes
// its own organization (world.ts).
import { expect, test, type Page } from "@playwright/test";
import { request as digestRequest } from "urllib";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { listKeys, orgKey, volatile } from "./support/project-keys.ts";
import { newOrg, type TestOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

const keysPath = (org: TestOrg, rest = "") => `/orgs/${org.orgId}/access/apiKeys${rest}`;

/**
 * Screenshots of the page body: the top bar names this run's org and user,
 * so it is left out, and the org's random tag, public keys and dates are masked.
 * The browser clock is the server's "now", so relative hints read "just now" every run.
 */
function shotOf(page: Page, org: TestOrg, ...publicKeys: string[]) {
  const main = page.locator("main");
  return {
    main,
    mask: [...volatile(main), page.getByText(org.orgName, { exact: false }), ...publicKeys.map((k) => page.getByText(k))],
  };
}

async function accessList(page: Page, org: TestOrg, keyId: string): Promise<string[]> {
  const res = await page.request.get(`/api/atlas/v2/orgs/${org.orgId}/apiKeys/${keyId}/accessList`, { headers: { Accept: MEDIA_TYPE } });
  return ((await res.json()) as { results: { cidrBlock: string }[] }).results.map((e) => e.cidrBlock).sort();
}

test("create a key in the wizard, copy its private key and call the API with it", async ({ page, context }) => {
  const org = await newOrg("Org create");
  await page.setViewportSize({ width: 1280, height: 1100 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);
  await page.getByRole("link", { name: "Create API Key" }).first().click();
  await expect(page).toHaveURL(keysPath(org, "/new"));

  const shot = shotOf(page, org);
  await expect(shot.main).toHaveScreenshot("create-1-information.png", { mask: shot.mask });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("textbox", { name: "Description" }).fill("Monitoring reader");
  await page.getByRole("group", { name: "Organization Permissions" }).getByRole("checkbox", { name: /Organization Read Only/ }).check();
  await page.getByRole("button", { name: "Next" }).click();

  const publicKey = (await page.getByRole("group", { name: "Public Key" }).locator("code").textContent())?.trim() ?? "";
  expect(publicKey).toMatch(/^[a-z]{8}$/);
  await page.getByRole("group", { name: "Private Key" }).getByRole("button", { name: /Copy/ }).click();
  await expect(page.getByText("Copied").first()).toBeVisible();
  const privateKey = await page.evaluate(() => navigator.clipboard.readText());
  expect(privateKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  await expect(shot.main).toHaveScreenshot("create-2-private-key.png", { mask: [...shot.mask, page.locator("code")] });
  expect(await seriousA11yViolations(page)).toEqual([]);
  const next = page.getByRole("button", { name: "Next" });
  await expect(next).toBeDisabled();
  await page.getByRole("checkbox", { name: "I have copied the private key" }).check();
  await next.click();

  // Two entries, one typed and one the server's view of this browser (127.0.0.1), in one Save.
  await page.getByRole("button", { name: "Use Current IP Address" }).click();
  await page.getByRole("button", { name: "Add Access List Entry" }).click();
  await page.getByRole("textbox", { name: "New entry 2: IP address or CIDR block" }).fill("192.0.2.0/24");
  await expect(shot.main).toHaveScreenshot("create-3-access-list.png", { mask: shot.mask });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveURL(keysPath(org));

  const created = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).find((k) => k.publicKey === publicKey);
  if (!created) throw new Error("the new key is not in the org's list");
  expect(await accessList(page, org, created.id)).toEqual(["127.0.0.1/32", "192.0.2.0/24"]);
  // The private key was shown once and is gone from the page.
  expect(await page.content()).not.toContain(privateKey);

  const origin = new URL(page.url()).origin;
  const asKey = await digestRequest(`${origin}/api/atlas/v2/orgs/${org.orgId}/apiKeys`, {
    digestAuth: `${publicKey}:${privateKey}`,
    dataType: "json",
    headers: { Accept: MEDIA_TYPE },
  });
  expect(asKey.status).toBe(200);
  expect((asKey.data as { results: { publicKey: string }[] }).results.map((k) => k.publicKey)).toContain(publicKey);
});

test("view details, edit the description and access list, then delete", async ({ page }) => {
  const org = await newOrg("Org edit");
  await page.setViewportSize({ width: 1280, height: 1100 });
  const key = await orgKey(org, "Nightly exporter");
  await orgKey(org, "Terraform");
  await orgKey(org, "Billing sync");
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);

  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Nightly exporter/ })).toBeVisible();
  // Keys made within one second tie on "Created": sort by description so the rows keep one order.
  await table.getByRole("button", { name: "Description" }).click();
  await expect(table.getByRole("columnheader", { name: "Description" })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.getByRole("row").nth(1)).toContainText("Billing sync");
  await page.mouse.move(0, 0); // no hover highlight in the picture
  const shot = shotOf(page, org, key.publicKey);
  await expect(shot.main).toHaveScreenshot("table.png", { mask: shot.mask });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "View Details" }).click();
  const details = page.getByRole("dialog", { name: `${key.publicKey} API Key Details` });
  await expect(details).toBeVisible();
  await expect(details).toContainText(`********-****-****-${key.privateKey.slice(-12)}`);
  await expect(page).toHaveURL(keysPath(org, `/${key.id}`));
  // Masks from the page behind would be painted over the dialog: mask inside it only.
  // Dates are masked by their whole cell: the exact time's width changes with the hour.
  const inDetails = [...volatile(details), details.getByText(key.publicKey), details.getByText(/^\*{8}-/), details.locator("dd:has(time)")];
  await expect(details).toHaveScreenshot("details.png", { mask: inDetails });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.reload();
  await expect(details).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(keysPath(org));

  await page.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page).toHaveURL(keysPath(org, `/${key.id}/edit`));
  await page.getByRole("textbox", { name: "Description" }).fill("Nightly exporter v2");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Add Access List Entry" }).click();
  await page.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }).fill("198.51.100.7");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => accessList(page, org, key.id)).toEqual(["198.51.100.7/32"]);
  const renamed = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).find((k) => k.id === key.id);
  expect(renamed?.desc).toBe("Nightly exporter v2");

  // Remove the entry again through the same page.
  await page.goto(keysPath(org, `/${key.id}/edit`));
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: /^Remove 198\.51\.100\.7/ }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => accessList(page, org, key.id)).toEqual([]);

  await page.goto(keysPath(org));
  await page.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  const deleteButton = confirm.getByRole("button", { name: "Delete" });
  await expect(deleteButton).toBeDisabled();
  await expect(confirm).toHaveScreenshot("delete.png", { mask: [...volatile(confirm), confirm.getByText(key.publicKey)] });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await confirm.getByRole("textbox").fill(key.publicKey);
  await deleteButton.click();
  await expect(table.getByRole("row", { name: /Nightly exporter/ })).toHaveCount(0);
  const gone = await page.request.get(`/api/atlas/v2/orgs/${org.orgId}/apiKeys/${key.id}`, { headers: { Accept: MEDIA_TYPE } });
  expect(gone.status()).toBe(404);
});

test("a read-only member sees the keys but no create, edit or delete", async ({ page }) => {
  const org = await newOrg("Org reader");
  const key = await orgKey(org, "Visible to readers");
  await signIn(page, org.reader);
  await expect(page.getByRole("row", { name: /Visible to readers/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await page.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await expect(page.getByRole("menuitem", { name: "View Details" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("menuitem", { name: "Edit" })).toHaveCount(0);
});

/** Presses Tab until `target` has focus: a keyboard user's way to reach it. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test("the whole journey by keyboard alone: create, copy, access list, details, delete", async ({ page, context }) => {
  const org = await newOrg("Org keyboard");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(org.owner);
  await page.keyboard.press("Tab");
  await page.keyboard.type("correct-horse-battery");
  await page.keyboard.press("Enter");
  await page.waitForURL(keysPath(org));

  await tabTo(page, page.getByRole("link", { name: "Create API Key" }).first());
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("textbox", { name: "Description" }));
  await page.keyboard.type("Keyboard key");
  await tabTo(page, page.getByRole("checkbox", { name: /Organization Owner/ }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");

  const privateCopy = page.getByRole("group", { name: "Private Key" }).getByRole("button", { name: /Copy/ });
  await tabTo(page, privateCopy);
  await page.keyboard.press("Enter");
  const privateKey = await page.evaluate(() => navigator.clipboard.readText());
  expect(privateKey).toMatch(/^[0-9a-f-]{36}$/);
  await tabTo(page, page.getByRole("checkbox", { name: "I have copied the private key" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");

  await tabTo(page, page.getByRole("button", { name: "Use Current IP Address" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" })).toHaveValue("127.0.0.1");
  await tabTo(page, page.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Done" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(keysPath(org));

  const created = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).find((k) => k.desc === "Keyboard key");
  if (!created) throw new Error("the keyboard-made key is not listed");
  expect(await accessList(page, org, created.id)).toEqual(["127.0.0.1/32"]);

  await tabTo(page, page.getByRole("button", { name: `Actions for ${created.publicKey}` }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "View Details" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: `${created.publicKey} API Key Details` })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.waitForURL(keysPath(org));

  const actions = page.getByRole("button", { name: `Actions for ${created.publicKey}` });
  await tabTo(page, actions);
  await page.keyboard.press("Enter");
  const deleteItem = page.getByRole("menuitem", { name: "Delete" });
  for (let i = 0; i < 5 && !(await deleteItem.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await tabTo(page, confirm.getByRole("textbox"));
  await page.keyboard.type(created.publicKey);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("row", { name: /Keyboard key/ })).toHaveCount(0);
});
