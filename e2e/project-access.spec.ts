// The Project Access Manager against the real server: a project key created
// in the wizard works with Digest on a project route; an organization key is
// invited to a project, its roles changed and then removed (gone from the
// project, still in the organization); a member's read-only view and the
// "no access" page. Each test makes its own organization (world.ts), so no
// test sees another's keys.
import { expect, test } from "@playwright/test";
import { request as digestRequest } from "urllib";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { FIXED_NOW, listKeys, orgKey, projectPath, rolesIn, volatile, type KeyView } from "./support/project-keys.ts";
import { cli, newOrg, PASSWORD } from "./support/world.ts";

// Each test makes an organization and users with the CLI, signs in more than
// once and runs axe several times: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test("create a project key in the wizard and use it with Digest on a project route", async ({ page, context }) => {
  const org = await newOrg("Project create");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, org.owner);
  await page.goto(projectPath(production.id));
  await page.getByRole("link", { name: "Create API Key" }).first().click();

  await expect(page).toHaveURL(projectPath(production.id, "/new"));
  const roles = page.getByRole("group", { name: "Project Permissions" });
  await page.getByRole("textbox", { name: "Description" }).fill("Production deployer");
  await roles.getByRole("checkbox", { name: "Project Read Only" }).check();
  await page.getByRole("button", { name: "Next" }).click();

  // The copy-once step: the private key comes from the clipboard, as a user would take it.
  const publicKey = (await page.getByRole("group", { name: "Public Key" }).locator("code").textContent())?.trim();
  await page.getByRole("group", { name: "Private Key" }).getByRole("button", { name: /Copy/ }).click();
  const privateKey = await page.evaluate(() => navigator.clipboard.readText());
  expect(privateKey).toMatch(/^[0-9a-f-]{36}$/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("checkbox", { name: "I have copied the private key" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Skip" }).click();

  await expect(page).toHaveURL(projectPath(production.id));
  const row = page.getByRole("row", { name: /Production deployer/ });
  await expect(row).toContainText("Project Read Only");
  const created = (await listKeys(page, `/groups/${production.id}/apiKeys`)).find((k) => k.desc === "Production deployer");
  if (!created) throw new Error("The new key is not in the project's list");
  expect(created.publicKey).toBe(publicKey);

  // Digest with the copied private key: the project answers, another project does not.
  const origin = new URL(page.url()).origin;
  const asKey = (path: string) =>
    digestRequest(`${origin}/api/atlas/v2${path}`, {
      digestAuth: `${created.publicKey}:${privateKey}`,
      dataType: "json",
      headers: { Accept: MEDIA_TYPE },
    });
  const own = await asKey(`/groups/${production.id}/apiKeys`);
  expect(own.status).toBe(200);
  expect((own.data as { results: KeyView[] }).results.some((k) => k.id === created.id)).toBe(true);
  expect((await asKey(`/groups/${staging.id}/apiKeys`)).status).toBe(404);

  // The organization's page shows it too, as an Organization Member in Production.
  await page.goto(`/orgs/${org.orgId}/access/apiKeys`);
  const orgRow = page.getByRole("row", { name: /Production deployer/ });
  await expect(orgRow).toContainText("Organization Member");
  await expect(orgRow).toContainText("Production");
});

test("invite an organization key to a project, change its roles, remove it", async ({ page }) => {
  const org = await newOrg("Project access");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  const shared = await orgKey(org, "Shared deploy key");
  const other = await orgKey(org, "Reporting exporter");
  // A third key, so the dialog has one to leave unpicked.
  await cli("keys", "create", "--org", org.orgId, "--desc", "Unused key", "--role", "ORG_READ_ONLY");

  await page.clock.setFixedTime(FIXED_NOW);
  await signIn(page, org.owner);
  // Seed route: project menu, then the project's settings menu -> Access Manager.
  await page.getByRole("button", { name: "Project Select a project" }).click();
  await page.getByRole("menuitem", { name: "Staging" }).click();
  await page.getByRole("button", { name: "Project settings for Staging" }).click();
  await page.getByRole("menuitem", { name: "Access Manager" }).click();
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

  // The key itself can now read the project, with Digest.
  const asKey = await digestRequest(`${new URL(page.url()).origin}/api/atlas/v2/groups/${staging.id}/apiKeys`, {
    digestAuth: `${shared.publicKey}:${shared.privateKey}`,
    dataType: "json",
    headers: { Accept: MEDIA_TYPE },
  });
  expect(asKey.status).toBe(200);

  // The organization's table features, in the project: filter on a project role, sort by a column.
  const filter = page.getByRole("searchbox", { name: "Filter API keys" });
  await filter.fill("backup");
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row", { name: /Shared deploy key/ })).toBeVisible();
  await filter.fill("");
  await page.getByRole("button", { name: "Description" }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("Shared deploy key");
  await page.getByRole("button", { name: "Description" }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("Reporting exporter");

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
  await expect(page).toHaveURL(projectPath(staging.id));
  await expect(page.getByRole("status").filter({ hasText: "Permissions of API key" })).toBeVisible();
  inStaging = await listKeys(page, `/groups/${staging.id}/apiKeys`);
  expect(rolesIn(inStaging.find((k) => k.id === shared.id), staging.id)).toEqual(["GROUP_CLUSTER_MANAGER"]);

  // Remove from Project: the key leaves Staging and stays in the organization.
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
  const inOrg = await listKeys(page, `/orgs/${org.orgId}/apiKeys`);
  expect(inOrg.find((k) => k.id === shared.id)?.roles).toEqual([{ orgId: org.orgId, roleName: "ORG_MEMBER" }]);
});

test("a project member sees the table read-only, and another project says there is no access", async ({ page }) => {
  const org = await newOrg("Project member");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  const key = await orgKey(org, "Nightly backup");
  const member = `member-${org.orgId.slice(-6)}@e2e.test`;
  await cli("users", "create", "--email", member, "--password", PASSWORD, "--org", org.orgId, "--role", "ORG_MEMBER", "--project", production.id, "--project-role", "GROUP_READ_ONLY");
  // The owner puts the key in Production with the API.
  await signIn(page, org.owner);
  const csrf = ((await (await page.request.get("/api/private/me")).json()) as { csrfToken: string }).csrfToken;
  const assigned = await page.request.post(`/api/atlas/v2/groups/${production.id}/apiKeys/${key.id}`, {
    data: [{ roles: ["GROUP_OWNER"] }],
    headers: { "X-CSRF-Token": csrf },
  });
  expect(assigned.status()).toBe(204);
  await page.context().clearCookies();

  await signIn(page, member);
  await page.goto(projectPath(production.id));
  const row = page.getByRole("row", { name: /Nightly backup/ });
  await expect(row).toContainText("Project Owner");
  await expect(page.getByRole("link", { name: "Invite to Project" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await row.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["View Details"]);
  await page.keyboard.press("Escape");
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The project picker lists only what the member can see.
  await page.getByRole("button", { name: "Project Production" }).click();
  await expect(page.getByRole("menuitem")).toHaveText([/Production/]);
  await page.keyboard.press("Escape");

  await page.goto(projectPath(staging.id));
  await expect(page.getByRole("heading", { name: "You don't have access to this project" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
