// The console under its own security headers: every page arrives with the
// Content-Security-Policy and friends, and signing in, the create wizard with
// its dialogs and menus run without a single CSP violation in Chromium.
import { expect, test } from "@playwright/test";
import { keysPath } from "./support/org-keys.ts";
import { signIn } from "./support/pages.ts";
import { newOrg } from "./support/world.ts";

test("the console works under its Content-Security-Policy, with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const org = await newOrg("CSP");

  const login = await page.goto("/login");
  const headers = login?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");

  await signIn(page, org.owner);
  await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();
  await page.getByRole("button", { name: /^Organization / }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.getByRole("link", { name: "Create API Key" }).first().click();
  await expect(page).toHaveURL(keysPath(org, "/new"));
  await page.getByRole("textbox", { name: "Description" }).fill("Under CSP");
  await page.getByRole("group", { name: "Organization Permissions" }).getByRole("checkbox", { name: /Organization Read Only/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("group", { name: "Private Key" })).toBeVisible();
  // Leaving with the secret on screen asks first: a modal dialog.
  await page.getByRole("button", { name: "Cancel" }).click();
  const dialog = page.getByRole("alertdialog").or(page.getByRole("dialog"));
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toHaveCount(0);

  expect(violations).toEqual([]);
});
