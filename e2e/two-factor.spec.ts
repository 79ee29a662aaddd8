// Two-factor sign-in in Chromium against the real server: a user enrols from
// the Account page with a code the test computes from the key on screen,
// copies the recovery codes, signs out, signs in with a code and then with a
// recovery code; and once an owner requires two-factor sign-in in Organization
// Settings, a member is led through enrolment before anything else.
import { expect, test, type Page } from "@playwright/test";
import { seriousA11yViolations, signIn, signOut } from "./support/pages.ts";
import { totpCode } from "./support/two-factor.ts";
import { newOrg, PASSWORD } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

async function fillPassword(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("enrol in two-factor sign-in, then sign in with a code and with a recovery code", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const org = await newOrg("Two factor");
  await signIn(page, org.reader);
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Account" }).click();
  await expect(page).toHaveURL("/account");
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await expect(page.getByText("(this session)")).toBeVisible();
  // Tall enough for the whole page: a scrolled element shot would have the sticky top bar over it.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.mouse.move(0, 0);
  const main = page.locator("main");
  const mask = [page.getByText(org.reader), page.getByRole("table").locator("td")];
  await expect(main).toHaveScreenshot("account-page.png", { mask });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Set up two-factor sign-in" });
  await expect(dialog.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const secret = (await dialog.locator("code").textContent()) ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByLabel("Authentication code").fill(totpCode(secret));
  await dialog.getByRole("button", { name: "Verify and turn on" }).click();

  const list = dialog.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const codes = await list.getByRole("listitem").allTextContents();
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join("\n"));
  await expect(dialog.getByRole("button", { name: "Done" })).toBeDisabled();
  await dialog.getByLabel("I have saved my recovery codes").check();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/10 of 10 recovery codes left/)).toBeVisible();
  expect(page.url()).not.toContain(secret);

  await signOut(page);
  await fillPassword(page, org.reader);
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.locator("main")).toHaveScreenshot("sign-in-code.png", { mask: [page.getByText(org.reader, { exact: false })] });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel("Authentication code").fill("000000" === totpCode(secret, 1) ? "111111" : "000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(/That code is not valid/)).toBeVisible();
  // The next step's code: the enrolment used this step's, and a code is accepted once.
  await page.getByLabel("Authentication code").fill(totpCode(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL(/\/access\/apiKeys/);

  await signOut(page);
  await fillPassword(page, org.reader);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(codes[0] ?? "");
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL(/\/access\/apiKeys/);
  await page.goto("/account");
  await expect(page.getByText(/9 of 10 recovery codes left/)).toBeVisible();
});

test("an owner requires two-factor sign-in, and a member is led through enrolment first", async ({ page, browser }) => {
  const org = await newOrg("MFA required");
  // The owner turns it on in Organization Settings, in a browser of their own.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, org.owner);
  await owner.goto(`/orgs/${org.orgId}/settings`);
  const required = owner.getByRole("switch", { name: "Require Multi-Factor Authentication (MFA)" });
  await expect(required).toHaveAttribute("aria-checked", "false");
  await required.click();
  await expect(required).toHaveAttribute("aria-checked", "true");
  await owner.reload();
  await expect(required).toHaveAttribute("aria-checked", "true");
  await ownerContext.close();

  await page.goto("/login");
  await fillPassword(page, org.reader);
  await expect(page).toHaveURL(/\/enrol-two-factor/);
  await expect(page.getByText(/requires two-factor sign-in/)).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.locator("main")).toHaveScreenshot("enrol-required.png", { mask: [page.getByText(org.reader, { exact: false })] });
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Nothing else answers meanwhile.
  const api = await page.evaluate(async (orgId) => (await fetch(`/api/atlas/v2/orgs/${orgId}`, { headers: { Accept: "application/json" } })).status, org.orgId);
  expect(api).toBe(403);

  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.locator("main code").textContent()) ?? "";
  await page.getByLabel("Authentication code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Verify and turn on" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByLabel("I have saved my recovery codes").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/access\/apiKeys/);
  await page.goto("/account");
  await expect(page.getByText(/Required by an organization you belong to/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn off" })).toHaveCount(0);
});
