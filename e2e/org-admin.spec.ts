// Organization Settings and the organization's projects against the real
// server: owners switch "Require IP Access List for the Atlas Administration
// API" and create, rename and delete projects (delete typed to confirm, in
// red); a read-only member sees both pages without the controls.
import { expect, test, type Page } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { volatile } from "./support/project-keys.ts";
import { newOrg, type TestOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

function shot(page: Page, org: TestOrg) {
  const main = page.locator("main");
  return { main, mask: [...volatile(main), page.getByText(org.orgName, { exact: false })] };
}

test("an owner requires an access list for the API; a reader sees the setting but cannot change it", async ({ page }) => {
  const org = await newOrg("Settings");
  await signIn(page, org.owner);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Organization Settings" }).click();
  await expect(page).toHaveURL(`/orgs/${org.orgId}/settings`);
  const toggle = page.getByRole("switch", { name: "Require IP Access List for the Atlas Administration API" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  const { main, mask } = shot(page, org);
  await page.mouse.move(0, 0);
  await expect(main).toHaveScreenshot("settings-owner.png", { mask });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await toggle.press("Space");
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.press("Space");
  await expect(toggle).toHaveAttribute("aria-checked", "true");

  await page.context().clearCookies();
  await signIn(page, org.reader);
  await page.goto(`/orgs/${org.orgId}/settings`);
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(toggle).toBeDisabled();
  await expect(page.getByText("Only an Organization Owner can change this.")).toHaveCount(2);
  await expect(page.getByRole("switch", { name: "Require Multi-Factor Authentication (MFA)" })).toBeDisabled();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("an owner creates, renames and deletes a project; a reader only sees the list", async ({ page }) => {
  const org = await newOrg("Projects");
  await signIn(page, org.owner);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Projects" }).click();
  await expect(page).toHaveURL(`/orgs/${org.orgId}/projects`);
  const table = page.getByRole("table", { name: "Projects" });
  await expect(table.getByRole("row")).toHaveCount(3);
  const { main, mask } = shot(page, org);
  await page.mouse.move(0, 0);
  await expect(main).toHaveScreenshot("projects-owner.png", { mask });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Create: the contract's rule on blur, then the server's refusal of a taken name, on the field.
  await page.getByRole("button", { name: "Create Project" }).click();
  const dialog = page.getByRole("dialog", { name: "Create Project" });
  const name = dialog.getByRole("textbox", { name: "Project name" });
  await name.fill("bad;name");
  await name.blur();
  await expect(dialog.getByText(/Use letters, digits, spaces/)).toBeVisible();
  await name.fill("Staging");
  // The message goes once the name is valid; the centred dialog shrinks, so click after it has.
  await expect(dialog.getByText(/Use letters, digits, spaces/)).toHaveCount(0);
  await dialog.getByRole("button", { name: "Create Project" }).click();
  await expect(dialog.getByText(/already exists in this organization/)).toBeVisible();
  await expect(name).toHaveValue("Staging");
  await expect(dialog).toHaveScreenshot("create-taken-name.png");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await name.fill("Analytics");
  await dialog.getByRole("button", { name: "Create Project" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText("Project Analytics created.");
  await expect(table.getByRole("row", { name: /Analytics/ })).toBeVisible();

  await page.getByRole("button", { name: "Rename Analytics" }).click();
  const renameDialog = page.getByRole("dialog", { name: "Rename Analytics" });
  await renameDialog.getByRole("textbox", { name: "Project name" }).fill("Analytics EU");
  await renameDialog.getByRole("button", { name: "Save" }).click();
  await expect(table.getByRole("row", { name: /Analytics EU/ })).toBeVisible();

  // Delete: an alert dialog, focus on Cancel, the red Delete enabled only by the typed name.
  await page.getByRole("button", { name: "Delete Analytics EU" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete project Analytics EU?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  const remove = confirm.getByRole("button", { name: "Delete" });
  await expect(remove).toBeDisabled();
  await confirm.getByRole("textbox", { name: "Type Analytics EU to confirm" }).fill("Analytics");
  await expect(remove).toBeDisabled();
  await expect(confirm).toHaveScreenshot("delete-confirm.png");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(table.getByRole("row", { name: /Analytics EU/ })).toBeVisible();
  await page.getByRole("button", { name: "Delete Analytics EU" }).click();
  await confirm.getByRole("textbox", { name: "Type Analytics EU to confirm" }).fill("Analytics EU");
  await remove.click();
  await expect(page.getByRole("status")).toContainText("Project Analytics EU deleted.");
  await expect(table.getByRole("row")).toHaveCount(3);

  await page.context().clearCookies();
  await signIn(page, org.reader);
  await page.goto(`/orgs/${org.orgId}/projects`);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Create Project" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Rename|Delete) / })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
