// The Users tab in Chromium against the real server: an owner invites a
// person with Organization Read Only and Project Owner of Production, copies
// the one-time link, and the invitee accepts it in a second browser and sees
// what those roles allow. The owner changes the roles (the invitee sees the
// change), then removes them, and their open session ends. (The CLI invite,
// the weak password and the used link are in invitation.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { acceptInvitation, seriousA11yViolations, signIn } from "./support/pages.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 180_000 });

// Longer than the tagged owner and reader addresses, so it sets the Email column's width in the picture.
const INVITEE = "ines.vitee-invited@users.e2e.test";
const usersTab = (orgId: string) => `/orgs/${orgId}/access/users`;
const projectKeys = (groupId: string) => `/projects/${groupId}/access/apiKeys`;

async function openRowAction(page: Page, email: string, action: string) {
  await page.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: action }).click();
}

test("an owner invites a user, who accepts in a second browser, sees what the roles allow, and is signed out when removed", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const org = await newOrg("Users");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  await signIn(page, org.owner);
  await page.getByRole("navigation", { name: "Access Manager sections" }).getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(usersTab(org.orgId));
  const table = page.getByRole("table", { name: "Organization users" });
  await expect(table.getByRole("row", { name: new RegExp(org.reader) })).toContainText("Organization Read Only");
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Invite Users: Organization Read Only, and Project Owner of Production.
  await page.getByRole("button", { name: "Invite Users" }).click();
  const form = page.getByRole("dialog", { name: "Invite Users" });
  await form.getByLabel("Email addresses").fill(INVITEE);
  await form.getByRole("checkbox", { name: "Organization Member" }).uncheck();
  await form.getByRole("checkbox", { name: "Organization Read Only" }).check();
  await form.getByText("Production: no access").click();
  await form.getByRole("group", { name: "Project Permissions in Production" }).getByRole("checkbox", { name: "Project Owner" }).check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Invite Users" }).click();

  const links = page.getByRole("dialog", { name: "Invitation Links" });
  await links.getByRole("button", { name: "Copy" }).click();
  await expect(links.getByText("Copied", { exact: true })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/invitation#[0-9a-f]{64}$/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await links.getByRole("checkbox", { name: "I have copied the invitation link" }).check();
  await links.getByRole("button", { name: "Done" }).click();
  await expect(links).toHaveCount(0);
  await expect(page.getByText(link)).toHaveCount(0);
  await expect(table.getByRole("row", { name: new RegExp(INVITEE) })).toContainText(/Pending\s*Expires in 4 weeks/);

  // The invitee, in a browser of their own.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await acceptInvitation(invitee, { firstName: "Ines", lastName: "Vitée", password: "tundra-quill-81-marsh-ember" });
  // Organization Read Only: the organization's keys, read only; Project Owner of Production only.
  await expect(invitee.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await invitee.goto(projectKeys(production.id));
  // In the header, and again in the empty table's state.
  await expect(invitee.getByRole("link", { name: "Create API Key" }).first()).toBeVisible();
  await invitee.goto(projectKeys(staging.id));
  await expect(invitee.getByRole("heading", { name: "Project API Keys" })).toBeVisible();
  await expect(invitee.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await invitee.goto(usersTab(org.orgId));
  await expect(invitee.getByRole("row", { name: new RegExp(INVITEE) })).toContainText("Active");
  await expect(invitee.getByRole("button", { name: "Invite Users" })).toHaveCount(0);

  // The owner's table: the picture at 1440 px (the tagged emails masked).
  await page.reload();
  const row = table.getByRole("row", { name: new RegExp(INVITEE) });
  await expect(row).toContainText("Ines Vitée");
  await expect(row).toContainText("Production");
  await page.mouse.move(0, 0);
  // Last sign-in times move with the clock: masked too.
  const masked = [table.getByRole("cell", { name: org.owner, exact: true }), table.getByRole("cell", { name: org.reader, exact: true }), table.locator("time")];
  await expect(table).toHaveScreenshot("users-table.png", { mask: masked });

  // Edit Roles: Organization Member, and Project Read Only in Production.
  await openRowAction(page, INVITEE, "Edit Roles");
  const edit = page.getByRole("dialog", { name: `Edit Roles of ${INVITEE}` });
  await edit.getByRole("checkbox", { name: "Organization Read Only" }).uncheck();
  await edit.getByRole("checkbox", { name: "Organization Member" }).check();
  const inProduction = edit.getByRole("group", { name: "Project Permissions in Production" });
  await inProduction.getByRole("checkbox", { name: "Project Owner" }).uncheck();
  await inProduction.getByRole("checkbox", { name: "Project Read Only" }).check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText("Organization Member");
  // The project's Users tab has them with the new role.
  await page.goto(`/projects/${production.id}/access/users`);
  await expect(page.getByRole("table", { name: "Project users" }).getByRole("row", { name: new RegExp(INVITEE) })).toContainText("Project Read Only");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.goto(usersTab(org.orgId));
  await invitee.goto(projectKeys(production.id));
  await expect(invitee.getByRole("heading", { name: "Project API Keys" })).toBeVisible();
  await expect(invitee.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await invitee.goto(projectKeys(staging.id));
  await expect(invitee.getByRole("heading", { name: "You don't have access to this project" })).toBeVisible();

  // Remove: the confirmation names Production; the invitee's open session ends.
  await openRowAction(page, INVITEE, "Remove from Organization");
  const confirm = page.getByRole("alertdialog", { name: `Remove ${INVITEE} from ${org.orgName}?` });
  await expect(confirm.getByRole("listitem")).toHaveText(["Production"]);
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(row).toHaveCount(0);
  await invitee.reload();
  await expect(invitee).toHaveURL(/\/login/);
  await inviteeContext.close();
});
