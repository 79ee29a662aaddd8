// Change password in Chromium against the real server: refusals next to the
// field, then a new password that works at the next sign-in.
import { expect, test } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { newOrg, PASSWORD } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("change the password: refused when wrong or common, then signs in with the new one", async ({ page }) => {
  const org = await newOrg("Password");
  await signIn(page, org.reader);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password").fill("plum-orbit-lantern-quietly-47");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The password is incorrect.")).toBeVisible();

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill("password1234");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/common or easy to guess/)).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(form).toHaveScreenshot("password-refused.png");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await form.getByLabel("New password").fill("plum-orbit-lantern-quietly-47");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other sessions were signed out.")).toBeVisible();

  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(org.reader);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email address or password is incorrect.")).toBeVisible();
  await signIn(page, org.reader, "plum-orbit-lantern-quietly-47");
});
