// The Organization Access Manager by keyboard alone, against the real server:
// sign in, create a key, copy its private key, add access list entries, view
// details, edit (description, remove an entry) and delete, with page.keyboard
// only (no clicks). The copied key then calls the API with Digest, so the copy
// is proven by use, not by its shape. The organization is made with the CLI.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { digestGet } from "./support/digest.ts";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { accessList, keysPath } from "./support/org-keys.ts";
import { listKeys } from "./support/project-keys.ts";
import { newOrg, PASSWORD } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus: a keyboard user's way to reach it. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Opens the row's actions menu and moves down it to `item`, then presses Enter. */
async function chooseAction(page: Page, publicKey: string, item: string): Promise<void> {
  await tabTo(page, page.getByRole("button", { name: `Actions for ${publicKey}` }));
  await page.keyboard.press("Enter");
  const target = page.getByRole("menuitem", { name: item, exact: true });
  // Radix focuses the first item once the menu opens; wait for that before counting arrows.
  await expect(page.getByRole("menuitem").first()).toBeFocused();
  for (let i = 0; i < 5 && !(await isFocused(target)); i++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
}

test("the whole journey by keyboard alone: create, copy, access list, details, edit, delete", async ({ page, context }) => {
  const org = await newOrg("Org keyboard");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(org.owner);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL(keysPath(org));

  // Create API Key, step 1.
  await tabTo(page, page.getByRole("link", { name: "Create API Key" }).first());
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("textbox", { name: "Description" }));
  await page.keyboard.type("Keyboard key");
  await tabTo(page, page.getByRole("checkbox", { name: /Organization Owner/ }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");

  // Step 2: copy the private key, as the user would take it away.
  const publicKey = (await page.getByRole("group", { name: "Public Key" }).locator("code").textContent())?.trim() ?? "";
  await tabTo(page, page.getByRole("group", { name: "Private Key" }).getByRole("button", { name: /Copy/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Copied").first()).toBeVisible();
  const privateKey = await page.evaluate(() => navigator.clipboard.readText());
  expect(privateKey).toMatch(/^[0-9a-f-]{36}$/);
  await tabTo(page, page.getByRole("checkbox", { name: "I have copied the private key" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");

  // Step 3: this browser's address (so the key works from here) and a typed block.
  await tabTo(page, page.getByRole("button", { name: "Use Current IP Address" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" })).toHaveValue("127.0.0.1");
  await tabTo(page, page.getByRole("button", { name: "Add Access List Entry" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("textbox", { name: "New entry 2: IP address or CIDR block" }));
  await page.keyboard.type("192.0.2.0/24");
  await tabTo(page, page.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Done" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(keysPath(org));

  const created = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).find((k) => k.desc === "Keyboard key");
  if (!created) throw new Error("the keyboard-made key is not listed");
  expect(created.publicKey).toBe(publicKey);
  expect(await accessList(page, org, created.id)).toEqual(["127.0.0.1/32", "192.0.2.0/24"]);

  // The key from the clipboard calls the API with Digest, from an address on its list.
  const asKey = await digestGet(page, { publicKey, privateKey }, `/orgs/${org.orgId}/apiKeys`);
  expect(asKey.status).toBe(200);
  expect((asKey.data as { results: { publicKey: string }[] }).results.map((k) => k.publicKey)).toContain(publicKey);

  // View Details, closed with Escape.
  await chooseAction(page, publicKey, "View Details");
  const details = page.getByRole("dialog", { name: `${publicKey} API Key Details` });
  await expect(details).toBeVisible();
  await expect(details).toContainText("192.0.2.0/24");
  await page.keyboard.press("Escape");
  await page.waitForURL(keysPath(org));

  // Edit: a new description, and the typed block removed.
  await chooseAction(page, publicKey, "Edit");
  await page.waitForURL(keysPath(org, `/${created.id}/edit`));
  const description = page.getByRole("textbox", { name: "Description" });
  await tabTo(page, description);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Keyboard key, renamed");
  await expect(description).toHaveValue("Keyboard key, renamed");
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Remove 192.0.2.0/24" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Undo removal of 192.0.2.0/24" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(keysPath(org));
  await expect(page.getByRole("row", { name: /Keyboard key, renamed/ })).toBeVisible();
  await expect.poll(() => accessList(page, org, created.id)).toEqual(["127.0.0.1/32"]);

  // Delete: the confirmation takes the public key, typed.
  await chooseAction(page, publicKey, "Delete");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await tabTo(page, confirm.getByRole("textbox"));
  await page.keyboard.type(publicKey);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("row", { name: /Keyboard key/ })).toHaveCount(0);
  const gone = await page.request.get(`/api/atlas/v2/orgs/${org.orgId}/apiKeys/${created.id}`, { headers: { Accept: MEDIA_TYPE } });
  expect(gone.status()).toBe(404);
});
