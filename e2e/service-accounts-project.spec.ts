// Service accounts on a project's page against the real server: assign an
// organization's account with Project Permissions, change them, remove it
// from the project (it stays in the organization); create one for the
// project; a read-only member sees the table and no way to change it; axe clean.
import { expect, test } from "@playwright/test";
import { seriousA11yViolations, signIn, signOut } from "./support/pages.ts";
import { orgAccount, projectAccountsPath, projectRoles } from "./support/service-accounts.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("assign an organization's account to a project, edit its roles, remove it", async ({ page }) => {
  const org = await newOrg("SA project");
  const production = org.projects[0];
  if (!production) throw new Error("no project");
  await signIn(page, org.owner);
  const deployer = await orgAccount(page, org, "Deployer");

  await page.goto(projectAccountsPath(production.id));
  await expect(page.getByRole("heading", { name: "Project Service Accounts" })).toBeVisible();
  await page.getByRole("link", { name: "Assign Existing Service Account" }).click();
  const assign = page.getByRole("dialog", { name: "Assign Existing Service Account" });
  await assign.getByRole("combobox", { name: "Service Account" }).selectOption(deployer.clientId);
  await assign.getByRole("checkbox", { name: /Project Read Only/ }).check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign).toBeHidden();
  const row = page.getByRole("table", { name: "Project service accounts" }).getByRole("row", { name: /Deployer/ });
  await expect(row).toContainText("Project Read Only");
  expect(await projectRoles(page, production.id)).toEqual({ Deployer: ["GROUP_READ_ONLY"] });

  await row.getByRole("button", { name: "Actions for Deployer" }).click();
  await page.getByRole("menuitem", { name: "Edit Permissions" }).click();
  await page.getByRole("checkbox", { name: /Project Owner/ }).check();
  await page.getByRole("checkbox", { name: /Project Read Only/ }).uncheck();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Next" }).click();
  // Step 2, the account's access list (the project's endpoints): nothing to change here.
  await expect(page.getByRole("form", { name: "API Access List" })).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Service account Deployer saved.")).toBeVisible();
  expect(await projectRoles(page, production.id)).toEqual({ Deployer: ["GROUP_OWNER"] });

  await row.getByRole("button", { name: "Actions for Deployer" }).click();
  await page.getByRole("menuitem", { name: "Remove from Project" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove from Project" }).click();
  await expect(row).toBeHidden();
  expect(await projectRoles(page, production.id)).toEqual({});
  // Still in the organization.
  await page.goto(`/orgs/${org.orgId}/access/serviceAccounts`);
  await expect(page.getByRole("row", { name: /Deployer/ })).toBeVisible();
});

test("create a service account for a project; a read-only member only reads", async ({ page, context }) => {
  const org = await newOrg("SA project create");
  const staging = org.projects[1];
  if (!staging) throw new Error("no project");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, org.owner);
  // The landing page settled first, so its redirects cannot overtake the next visit.
  await expect(page.getByRole("heading", { name: "Organization API Keys" })).toBeVisible();
  await page.goto(projectAccountsPath(staging.id));
  await expect(page.getByRole("heading", { name: "Project Service Accounts" })).toBeVisible();
  await page.getByRole("link", { name: "Create Service Account" }).first().click();
  await page.getByRole("textbox", { name: "Name" }).fill("Staging loader");
  await page.getByRole("textbox", { name: "Description" }).fill("Loads staging data");
  await page.getByRole("group", { name: "Project Permissions" }).getByRole("checkbox", { name: /Project Owner/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("checkbox", { name: "I have copied the client secret" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: /Skip|Done/ }).click();
  await expect(page.getByRole("row", { name: /Staging loader/ })).toContainText("Project Owner");
  expect(await projectRoles(page, staging.id)).toEqual({ "Staging loader": ["GROUP_OWNER"] });

  await signOut(page);
  await signIn(page, org.reader);
  await page.goto(projectAccountsPath(staging.id));
  const row = page.getByRole("row", { name: /Staging loader/ });
  await expect(row).toBeVisible();
  await expect(page.getByRole("link", { name: "Create Service Account" })).toHaveCount(0);
  // Before the menu opens: an open menu hides the page behind it from assistive technology, on purpose.
  expect(await seriousA11yViolations(page)).toEqual([]);
  await row.getByRole("button", { name: "Actions for Staging loader" }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["View Details", "Copy Client ID"]);
});
