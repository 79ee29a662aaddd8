// A project's read-only member against the real server: the project's table
// without create, invite, edit or remove; a picker that lists only the
// projects the member can see; and, for another project, a "no access" page
// rather than an empty table. The organization is made with the CLI (world.ts).
import { expect, test } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { assignToProject, orgKey, projectPath } from "./support/project-keys.ts";
import { cli, newOrg, PASSWORD } from "./support/world.ts";

// Two sign-ins, users made with the CLI and several axe runs: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test("a project member sees the table read-only, and another project says there is no access", async ({ page }) => {
  const org = await newOrg("Project member");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  const key = await orgKey(org, "Nightly backup");
  const member = `member-${org.orgId.slice(-6)}@e2e.test`;
  await cli("users", "create", "--email", member, "--password", PASSWORD, "--org", org.orgId, "--role", "ORG_MEMBER", "--project", production.id, "--project-role", "GROUP_READ_ONLY");
  // The owner puts the key in Production with the API.
  await signIn(page, org.owner);
  await assignToProject(page, production.id, key.id, ["GROUP_OWNER"]);
  await page.context().clearCookies();

  await signIn(page, member);
  await page.goto(projectPath(production.id));
  const row = page.getByRole("row", { name: /Nightly backup/ });
  await expect(row).toContainText("Project Owner");
  await expect(page.getByRole("link", { name: "Invite to Project" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await row.getByRole("button", { name: `Actions for ${key.publicKey}` }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["View Details", "Copy Public Key"]);
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
