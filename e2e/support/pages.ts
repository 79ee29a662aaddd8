// Small page helpers shared by the journeys.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { PASSWORD } from "./world.ts";

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/access\/apiKeys/);
}

/** Fills the Accept invitation form on the page the link opened and lands in the console signed in. */
export async function acceptInvitation(page: Page, person: { firstName: string; lastName: string; password: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Accept invitation" });
  await form.getByLabel("First name").fill(person.firstName);
  await form.getByLabel("Last name").fill(person.lastName);
  await form.getByLabel("Password").fill(person.password);
  await form.getByRole("button", { name: "Accept and sign in" }).click();
  await page.waitForURL(/\/access\/apiKeys/);
}

/** Signs out from the account menu, as a person does, and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Serious and critical axe findings, readable in a failed assertion. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A change through the API with the page's session, as the console makes it. */
export async function change(page: Page, method: "PATCH" | "POST", path: string, body: unknown): Promise<void> {
  const me = (await (await page.request.get("/api/private/me")).json()) as { csrfToken: string };
  const res = await page.request.fetch(`/api/atlas/v2${path}`, {
    method,
    headers: { Accept: MEDIA_TYPE, "Content-Type": MEDIA_TYPE, "X-CSRF-Token": me.csrfToken },
    data: JSON.stringify(body),
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
}
