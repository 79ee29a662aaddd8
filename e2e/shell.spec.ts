// The console shell against the real server: sign-in, the landing page, the
// way back after a deep link, sign-out, and a refused sign-in.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const OWNER = { email: "owner@example.com", password: "correct-horse-battery" };
const API_KEYS_URL = /\/orgs\/[a-f0-9]{24}\/access\/apiKeys$/;

async function signIn(page: Page, password = OWNER.password): Promise<void> {
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Serious and critical axe findings, readable in a failed assertion. */
async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the owner signs in and lands on the organization's API keys", async ({ page }) => {
  // A cold load while signed out logs no failed request (the session probe answers 200).
  const logged: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") logged.push(message.text());
  });
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await signIn(page);

  await expect(page).toHaveURL(API_KEYS_URL);
  await expect(page.getByRole("heading", { level: 1, name: "Access Manager" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Organization Demo Organization" })).toBeVisible();
  // Four sections: Users, API Keys (here), Service Accounts and Activity Feed.
  const sections = page.getByRole("navigation", { name: "Access Manager sections" });
  await expect(sections.getByRole("link")).toHaveText(["Users", "API Keys", "Service Accounts", "Activity Feed"]);
  await expect(sections.getByRole("link", { name: "API Keys" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Access Manager" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect(logged).toEqual([]);
  await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a deep link returns after signing in, and signing out ends the session", async ({ page }) => {
  // Learn the org's URL, then sign out from the account menu.
  await page.goto("/login");
  await signIn(page);
  await expect(page).toHaveURL(API_KEYS_URL);
  const apiKeysPath = new URL(page.url()).pathname;

  await page.getByRole("button", { name: `Account: ${OWNER.email}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The session is gone on the server too: the deep link asks to sign in, then comes back.
  await page.goto(apiKeysPath);
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(apiKeysPath)}`);
  await signIn(page);
  await expect(page).toHaveURL(apiKeysPath);
  await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();
});

test("sign-in errors: empty fields, then a wrong password in a banner", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await signIn(page, "not-the-password");

  const banner = page.getByRole("alert");
  await expect(banner).toContainText("Sign-in failed");
  await expect(banner).toContainText("The email address or password is incorrect.");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel("Email")).toHaveValue(OWNER.email);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
});
