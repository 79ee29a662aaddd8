// The Organization Access Manager against the real server: a key created in
// the wizard works with Digest once its private key is copied; details, edit
// (description and access list), delete; screenshots of each screen with a
// fixed clock and volatile values masked; axe on each screen. The same
// journey by keyboard alone: org-keyboard.spec.ts; at 375 px wide:
// org-narrow.spec.ts. Each test makes its own organization (world.ts).
import { expect, test } from "@playwright/test";
import { digestGet } from "./support/digest.ts";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { accessList, keysPath, shotOf, sortByDescription } from "./support/org-keys.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { listKeys, orgKey, volatile } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

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

  const asKey = await digestGet(page, { publicKey, privateKey }, `/orgs/${org.orgId}/apiKeys`);
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
  await sortByDescription(page, "Billing sync");
  await page.mouse.move(0, 0); // no hover highlight in the picture
  const shot = shotOf(page, org, key.publicKey);
  await expect(shot.main).toHaveScreenshot("table.png", { mask: shot.mask });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "View Details" }).click();
  const details = page.getByRole("dialog", { name: `${key.publicKey} API Key Details` });
  await expect(details).toBeVisible();
  await expect(details).toContainText(`********-****-****-${key.privateKey.slice(-12)}`);
  // The table's sort rides along in the URL, so closing the modal restores it.
  await expect(page).toHaveURL(keysPath(org, `/${key.id}?sort=desc`));
  // Masks from the page behind would be painted over the dialog: mask inside it only.
  // Dates are masked by their whole cell: the exact time's width changes with the hour.
  const inDetails = [...volatile(details), details.getByText(key.publicKey), details.getByText(/^\*{8}-/), details.locator("dd:has(time)")];
  await expect(details).toHaveScreenshot("details.png", { mask: inDetails });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.reload();
  await expect(details).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(keysPath(org, "?sort=desc"));
  await expect(table.getByRole("columnheader", { name: "Description" })).toHaveAttribute("aria-sort", "ascending");

  await page.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page).toHaveURL(keysPath(org, `/${key.id}/edit?sort=desc`));
  const description = page.getByRole("textbox", { name: "Description" });
  await expect(description).toHaveValue("Nightly exporter");
  await expect(shot.main).toHaveScreenshot("edit-1-information.png", { mask: shot.mask });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await description.fill("Nightly exporter v2");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Add Access List Entry" }).click();
  await page.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }).fill("198.51.100.7");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => accessList(page, org, key.id)).toEqual(["198.51.100.7/32"]);
  const renamed = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).find((k) => k.id === key.id);
  expect(renamed?.desc).toBe("Nightly exporter v2");

  // Remove the entry again through the same page; the step now lists it as the key's own.
  await page.goto(keysPath(org, `/${key.id}/edit`));
  await page.getByRole("button", { name: "Next" }).click();
  const removeEntry = page.getByRole("button", { name: /^Remove 198\.51\.100\.7/ });
  await expect(removeEntry).toBeVisible();
  await page.mouse.move(0, 0);
  // The entry's "Added <date>" line is a full-width block, so its mask does not change size with the time.
  const added = shot.main.getByText(/^Added /);
  await expect(shot.main).toHaveScreenshot("edit-2-access-list.png", { mask: [...shot.mask, added] });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await removeEntry.click();
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
  await page.keyboard.press("Escape");
  expect(await seriousA11yViolations(page)).toEqual([]);
});
