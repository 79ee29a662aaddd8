// A project member who cannot see one of the organization's projects: the
// organization's key table and the key's details name that project "a
// project you cannot see", never by its id; and the page of that project says
// there is no access while keeping the organization and project pickers.
import { expect, test } from "@playwright/test";
import { keysPath } from "./support/org-keys.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { assignToProject, orgKey, projectPath } from "./support/project-keys.ts";
import { cli, newOrg, PASSWORD } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("a project member sees names, never raw ids, of projects they cannot see", async ({ page }) => {
  const org = await newOrg("Hidden project");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  const key = await orgKey(org, "Shared deployer");
  const member = `member-${org.orgId.slice(-6)}@e2e.test`;
  await cli("users", "create", "--email", member, "--password", PASSWORD, "--org", org.orgId, "--role", "ORG_MEMBER", "--project", production.id, "--project-role", "GROUP_READ_ONLY");
  await signIn(page, org.owner);
  await assignToProject(page, production.id, key.id, ["GROUP_OWNER"]);
  await assignToProject(page, staging.id, key.id, ["GROUP_READ_ONLY"]);
  await page.context().clearCookies();

  await signIn(page, member);
  await page.goto(keysPath(org));
  const row = page.getByRole("row", { name: /Shared deployer/ });
  await expect(row).toContainText("Production");
  await expect(row).toContainText("A project you cannot see");
  await expect(page.locator("main")).not.toContainText(staging.id);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await row.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "View Details" }).click();
  const details = page.getByRole("dialog", { name: `${key.publicKey} API Key Details` });
  await expect(details.getByRole("region", { name: "Projects" })).toContainText("A project you cannot see");
  await expect(details).not.toContainText(staging.id);
  await page.keyboard.press("Escape");

  await page.goto(projectPath(staging.id));
  await expect(page.getByRole("heading", { name: "You don't have access to this project" })).toBeVisible();
  // The pickers stay, so the way to another project is one click away.
  await expect(page.getByRole("button", { name: new RegExp(`Organization ${org.orgName}`) })).toBeVisible();
  const picker = page.getByRole("banner").getByRole("button", { name: /^Project / });
  await expect(picker).toBeVisible();
  await picker.click();
  await expect(page.getByRole("menuitem")).toHaveText([/Production/]);
  await page.keyboard.press("Escape");
  expect(await seriousA11yViolations(page)).toEqual([]);
});
