// The Project Access Manager against the real server: an organization key
// that already works in Production is invited to Staging, its roles there
// changed and then removed (gone from Staging, still in the organization and
// in Production), with baselines of the table, the invite dialog and the edit
// page. A key created for a project: project-create.spec.ts; the read-only
// member's view: project-member.spec.ts. Each test makes its own organization
// (world.ts), so no test sees another's keys.
import { expect, test } from "@playwright/test";
import { digestGet } from "./support/digest.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { assignToProject, FIXED_NOW, listKeys, orgKey, projectPath, rolesIn, volatile } from "./support/project-keys.ts";
import { cli, newOrg } from "./support/world.ts";

// Each test makes an organization and users with the CLI, signs in more than
// once and runs axe several times: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test("invite a Production key to Staging, change its roles there, remove it from Staging", async ({ page }) => {
  const org = await newOrg("Project access");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  const shared = await orgKey(org, "Shared deploy key");
  const other = await orgKey(org, "Reporting exporter");
  // A third key, so the dialog has one to leave unpicked.
  await cli("keys", "create", "--org", org.orgId, "--desc", "Unused key", "--role", "ORG_READ_ONLY");

  await page.clock.setFixedTime(FIXED_NOW);
  await signIn(page, org.owner);
  // The shared key already works in Production: this journey hands it to a second project.
  await assignToProject(page, production.id, shared.id, ["GROUP_READ_ONLY"]);

  // Seed route: from the organization's page, the project menu, then the
  // project's settings menu -> Access Manager. The settings menu exists only
  // on a project's pages, and the picker already opens this one, so what the
  // menu adds is its link: check where it points.
  await page.getByRole("button", { name: "Project Select a project" }).click();
  await page.getByRole("menuitem", { name: "Staging" }).click();
  await expect(page).toHaveURL(projectPath(staging.id));
  await page.getByRole("button", { name: "Project settings for Staging" }).click();
  const accessManager = page.getByRole("menuitem", { name: "Access Manager" });
  await expect(accessManager).toHaveAttribute("href", projectPath(staging.id));
  await accessManager.click();
  await expect(page).toHaveURL(projectPath(staging.id));
  await expect(page.getByRole("heading", { name: "No API keys in this project yet" })).toBeVisible();

  // Put "Reporting exporter" in Staging first, through the dialog.
  await page.getByRole("link", { name: "Invite to Project" }).first().click();
  let dialog = page.getByRole("dialog", { name: "Invite to Project" });
  await dialog.getByRole("searchbox").fill(other.publicKey);
  await dialog.getByRole("radio", { name: /Reporting exporter/ }).check();
  await dialog.getByRole("checkbox", { name: "Project Read Only" }).check();
  const invites: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes(`/groups/${staging.id}/apiKeys/`)) invites.push(r.postData() ?? "");
  });
  await dialog.getByRole("button", { name: "Invite to Project" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: /Reporting exporter/ })).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();

  // The shared key: searchable; the one already here is disabled and says why.
  await page.getByRole("link", { name: "Invite to Project" }).first().click();
  dialog = page.getByRole("dialog", { name: "Invite to Project" });
  const already = dialog.getByRole("radio", { name: /Reporting exporter/ });
  await expect(already).toBeDisabled();
  await expect(already).toHaveAccessibleDescription("Already in this project");
  await dialog.getByRole("radio", { name: /Shared deploy key/ }).check();
  await dialog.getByRole("checkbox", { name: "Project Read Only" }).check();
  await dialog.getByRole("checkbox", { name: "Project Backup Manager" }).check();
  // Tall enough for the whole dialog, so the baseline shows all of it.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await expect(dialog).toHaveScreenshot("invite-dialog.png", { mask: volatile(dialog) });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Invite to Project" }).click();
  await expect(dialog).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  // One request per invitation, each an array of one assignment.
  expect(invites).toEqual([
    JSON.stringify([{ roles: ["GROUP_READ_ONLY"] }]),
    JSON.stringify([{ roles: ["GROUP_BACKUP_MANAGER", "GROUP_READ_ONLY"] }]),
  ]);
  let inStaging = await listKeys(page, `/groups/${staging.id}/apiKeys`);
  expect(rolesIn(inStaging.find((k) => k.id === shared.id), staging.id)).toEqual(["GROUP_BACKUP_MANAGER", "GROUP_READ_ONLY"]);

  // The table: baseline and axe (the toast gone first).
  const row = page.getByRole("row", { name: /Shared deploy key/ });
  await expect(row).toContainText("Project Backup Manager");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.locator("main")).toHaveScreenshot("project-table.png", { mask: volatile(page.locator("main")) });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The key itself can now read Staging, with Digest.
  const sharedKeyGet = (path: string) => digestGet(page, shared, path);
  expect((await sharedKeyGet(`/groups/${staging.id}/apiKeys`)).status).toBe(200);

  // The organization's table features, in the project: filter on a project role, sort by a column.
  const filter = page.getByRole("searchbox", { name: "Filter API keys" });
  await filter.fill("backup");
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row", { name: /Shared deploy key/ })).toBeVisible();
  await filter.fill("");
  // The default sort is the organization's (Created, newest first); Description starts A to Z.
  await page.getByRole("button", { name: "Description" }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("Reporting exporter");
  await page.getByRole("button", { name: "Description" }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("Shared deploy key");

  // Edit Permissions: replace the roles.
  await row.getByRole("button", { name: `Actions for ${shared.publicKey}` }).click();
  await page.getByRole("menuitem", { name: "Edit Permissions" }).click();
  await expect(page.getByRole("heading", { name: "Edit Permissions" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Project Backup Manager" })).toBeChecked();
  await expect(page.getByRole("region", { name: "API Access List" })).toContainText("belongs to the organization");
  await expect(page.getByRole("link", { name: "Edit Access List in the Organization" })).toHaveAttribute(
    "href",
    `/orgs/${org.orgId}/access/apiKeys/${shared.id}/edit`,
  );
  // Tall enough that the page does not scroll under the sticky top bar.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await expect(page.locator("main")).toHaveScreenshot("edit-permissions.png", { mask: volatile(page.locator("main")) });
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("checkbox", { name: "Project Backup Manager" }).uncheck();
  await page.getByRole("checkbox", { name: "Project Read Only" }).uncheck();
  await page.getByRole("checkbox", { name: "Project Cluster Manager" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  // Back to the table as it was left: sorted by Description, Z to A.
  await expect(page).toHaveURL(projectPath(staging.id, "?sort=desc&dir=descending"));
  await expect(page.getByRole("status").filter({ hasText: "Permissions of API key" })).toBeVisible();
  inStaging = await listKeys(page, `/groups/${staging.id}/apiKeys`);
  expect(rolesIn(inStaging.find((k) => k.id === shared.id), staging.id)).toEqual(["GROUP_CLUSTER_MANAGER"]);
  // Replacing the roles in Staging leaves those in Production alone.
  const inProduction = await listKeys(page, `/groups/${production.id}/apiKeys`);
  expect(rolesIn(inProduction.find((k) => k.id === shared.id), production.id)).toEqual(["GROUP_READ_ONLY"]);

  // Remove from Project: the key leaves Staging, and keeps the organization and Production.
  await page.getByRole("row", { name: /Shared deploy key/ }).getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Remove from Project" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Remove ${shared.publicKey} from Staging?` });
  await expect(confirm).toContainText("The key stays in the organization and keeps its other projects");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await confirm.getByRole("button", { name: "Remove from Project" }).click();
  await expect(page.getByRole("row", { name: /Shared deploy key/ })).toHaveCount(0);
  inStaging = await listKeys(page, `/groups/${staging.id}/apiKeys`);
  expect(inStaging.some((k) => k.id === shared.id)).toBe(false);
  const inOrg = (await listKeys(page, `/orgs/${org.orgId}/apiKeys`)).find((k) => k.id === shared.id);
  expect(inOrg?.roles.filter((role) => role.orgId === org.orgId).map((role) => role.roleName)).toEqual(["ORG_MEMBER"]);
  expect(rolesIn(inOrg, production.id)).toEqual(["GROUP_READ_ONLY"]);
  expect(rolesIn(inOrg, staging.id)).toEqual([]);

  // And the key itself still reads Production with Digest, while Staging no longer answers it.
  expect((await sharedKeyGet(`/groups/${production.id}/apiKeys`)).status).toBe(200);
  expect((await sharedKeyGet(`/groups/${staging.id}/apiKeys`)).status).toBe(404);
});
