// Service accounts in the Organization Access Manager against the real
// server: one created in the wizard works once its secret is copied (a token
// minted from the test, then a Bearer call); Generate New Client Secret,
// then Revoke of the old secret ends its tokens. Screenshots of the table,
// the secret step and the rotate dialog with volatile values masked; axe on
// each screen. Edit's access-list step adds an entry and removes one, and the
// token follows the list. Each test makes its own organization (world.ts).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { accessEntries, accountsPath, bearerGet, mintToken, volatileAccount } from "./support/service-accounts.ts";
import { newOrg, type TestOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

const shot = (page: Page, org: TestOrg) => {
  const main = page.locator("main");
  return { main, mask: [...volatileAccount(main), page.getByText(org.orgName, { exact: false })] };
};

/** Create Service Account through the wizard; returns what the user copied. */
async function createInWizard(page: Page, org: TestOrg, name: string, pictures: boolean): Promise<{ clientId: string; secret: string }> {
  await page.goto(accountsPath(org));
  await page.getByRole("link", { name: "Create Service Account" }).first().click();
  await expect(page).toHaveURL(accountsPath(org, "/new"));
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("textbox", { name: "Description" }).fill(`${name} for the nightly export`);
  await page.getByRole("group", { name: "Organization Permissions" }).getByRole("checkbox", { name: /Organization Read Only/ }).check();
  await page.getByRole("combobox", { name: "Client Secret Expiration" }).selectOption({ label: "90 days" });
  await page.getByRole("button", { name: "Next" }).click();

  const clientId = (await page.getByRole("group", { name: "Client ID" }).locator("code").textContent())?.trim() ?? "";
  expect(clientId).toMatch(/^mdb_sa_id_[0-9a-f]{24}$/);
  await page.getByRole("group", { name: "Client Secret" }).getByRole("button", { name: /Copy/ }).click();
  await expect(page.getByText("Copied").first()).toBeVisible();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  expect(secret).toMatch(/^mdb_sa_sk_[A-Za-z0-9_-]{32,}$/);
  if (pictures) {
    const { main, mask } = shot(page, org);
    await expect(main).toHaveScreenshot("create-2-secret.png", { mask });
    expect(await seriousA11yViolations(page)).toEqual([]);
  }
  const next = page.getByRole("button", { name: "Next" });
  await expect(next).toBeDisabled();
  await page.getByRole("checkbox", { name: "I have copied the client secret" }).check();
  await next.click();

  await page.getByRole("button", { name: "Use Current IP Address" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveURL(accountsPath(org));
  // Shown once, and gone from the page.
  expect(await page.content()).not.toContain(secret);
  return { clientId, secret };
}

test("create a service account, copy its secret, mint a token and call the API with it", async ({ page, context }) => {
  const org = await newOrg("SA create");
  await page.setViewportSize({ width: 1280, height: 1100 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);
  const { clientId, secret } = await createInWizard(page, org, "Exporter", true);

  const table = page.getByRole("table", { name: "Organization service accounts" });
  const row = table.getByRole("row", { name: /Exporter/ });
  await expect(row).toContainText(clientId);
  await expect(row).toContainText("Organization Read Only");
  await page.mouse.move(0, 0);
  const { main, mask } = shot(page, org);
  await expect(main).toHaveScreenshot("table.png", { mask });
  expect(await seriousA11yViolations(page)).toEqual([]);

  const minted = await mintToken(page, clientId, secret);
  expect(minted.status).toBe(200);
  const listed = await bearerGet(page, minted.token ?? "", `/orgs/${org.orgId}/serviceAccounts`);
  expect(listed.status).toBe(200);
  expect((listed.body as { results: { clientId: string }[] }).results.map((account) => account.clientId)).toContain(clientId);
  // A wrong secret mints nothing.
  expect((await mintToken(page, clientId, `${secret.slice(0, -4)}AAAA`)).status).toBe(401);

  // Edit, step 2: add a block. The current address (added in the wizard) stays.
  const [current] = await accessEntries(page, org, clientId);
  if (!current) throw new Error("the wizard saved no entry");
  await editAccessList(page, "Exporter", async (form) => {
    await form.getByRole("button", { name: "Add Access List Entry" }).click();
    await form.getByRole("textbox", { name: "New entry 1: IP address or CIDR block" }).fill("192.0.2.0/24");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
  expect(await accessEntries(page, org, clientId)).toEqual([current, "192.0.2.0/24"].sort());
  expect((await bearerGet(page, minted.token ?? "", `/orgs/${org.orgId}/serviceAccounts`)).status).toBe(200);

  // Then remove the address the test calls from: the same token is refused from it at once.
  await editAccessList(page, "Exporter", async (form) => {
    await form.getByRole("button", { name: `Remove ${current.replace(/\/(32|128)$/, "")}` }).click();
  });
  expect(await accessEntries(page, org, clientId)).toEqual(["192.0.2.0/24"]);
  const refused = await bearerGet(page, minted.token ?? "", `/orgs/${org.orgId}/serviceAccounts`);
  expect(refused.status).toBe(403);
  expect((refused.body as { errorCode: string }).errorCode).toBe("IP_ADDRESS_NOT_ON_ACCESS_LIST");
});

/** Row menu → Edit → Next → `change` the access list → Save, back at the table with the notice. */
async function editAccessList(page: Page, name: string, change: (form: Locator) => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  const form = page.getByRole("form", { name: "API Access List" });
  await expect(form.getByRole("list", { name: "Entries on this account" })).toBeVisible();
  await change(form);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Service account ${name} saved.`)).toBeVisible();
}

test("generate a new client secret, then revoke the old one: its tokens stop working", async ({ page, context }) => {
  const org = await newOrg("SA rotate");
  await page.setViewportSize({ width: 1280, height: 1100 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.setFixedTime(new Date());
  await signIn(page, org.owner);
  const old = await createInWizard(page, org, "Rotating", false);
  const oldToken = (await mintToken(page, old.clientId, old.secret)).token ?? "";

  await page.getByRole("button", { name: "Actions for Rotating" }).click();
  await page.getByRole("menuitem", { name: "View Details" }).click();
  const details = page.getByRole("dialog", { name: "Rotating Service Account Details" });
  await details.getByRole("button", { name: "Generate New Client Secret" }).click();
  const rotate = page.getByRole("dialog", { name: "Generate New Client Secret" });
  await rotate.getByRole("combobox", { name: "Client Secret Expiration" }).selectOption({ label: "7 days" });
  await rotate.getByRole("button", { name: "Generate New" }).click();
  await rotate.getByRole("group", { name: "Client Secret" }).getByRole("button", { name: /Copy/ }).click();
  const fresh = await page.evaluate(() => navigator.clipboard.readText());
  expect(fresh).toMatch(/^mdb_sa_sk_/);
  expect(fresh).not.toBe(old.secret);
  await expect(rotate).toHaveScreenshot("rotate-dialog.png", { mask: volatileAccount(rotate) });
  expect(await seriousA11yViolations(page)).toEqual([]);
  // The footer's Close (the header's × has no text).
  const close = rotate.getByRole("button", { name: "Close" }).filter({ hasText: "Close" });
  await expect(close).toBeDisabled();
  await rotate.getByRole("checkbox", { name: "I have copied the client secret" }).check();
  await close.click();
  await expect(rotate).toBeHidden();

  // Both secrets listed; the old one is the first made.
  const revokes = details.getByRole("button", { name: /^Revoke secret/ });
  await expect(revokes).toHaveCount(2);
  await revokes.first().click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(revokes).toHaveCount(1);

  expect((await bearerGet(page, oldToken, `/orgs/${org.orgId}/serviceAccounts`)).status).toBe(401);
  expect((await mintToken(page, old.clientId, old.secret)).status).toBe(401);
  const newToken = (await mintToken(page, old.clientId, fresh)).token ?? "";
  expect((await bearerGet(page, newToken, `/orgs/${org.orgId}/serviceAccounts`)).status).toBe(200);
});
