// Bulk Remove from Project against the real server: an owner selects two of
// a project's three keys, confirms once, and the two leave that project only
// (still in the organization and in their other project). axe runs on the
// selection bar and on the confirmation, the states this journey adds.
import { expect, test } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { assignToProject, listKeys, orgKey, projectPath, rolesIn } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("select two of a project's keys and remove them from it in one confirmation", async ({ page }) => {
  const org = await newOrg("Bulk remove");
  const [production, staging] = org.projects;
  if (!production || !staging) throw new Error("newOrg makes two projects");
  const leaving = [await orgKey(org, "Old exporter A"), await orgKey(org, "Old exporter B")];
  const staying = await orgKey(org, "Deploy pipeline");

  await signIn(page, org.owner);
  for (const key of [...leaving, staying]) await assignToProject(page, production.id, key.id, ["GROUP_READ_ONLY"]);
  await assignToProject(page, staging.id, leaving[0]!.id, ["GROUP_OWNER"]);

  await page.goto(projectPath(production.id, "?q=old+exporter"));
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Old exporter/ })).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Select all 2 matching API keys" }).check();
  const selection = page.getByRole("group", { name: "Selected API keys" });
  await expect(selection.getByText("2 selected")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await selection.getByRole("button", { name: "Remove from Project" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Remove 2 keys from Production?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  for (const desc of ["Old exporter A", "Old exporter B"]) await expect(confirm.getByText(desc)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await confirm.getByRole("button", { name: "Remove from Project" }).click();
  await expect(confirm).toBeHidden();
  await expect(table.getByRole("row", { name: /Old exporter/ })).toHaveCount(0);

  // They left Production only: still in the organization, A still in Staging.
  const keys = await listKeys(page, `/orgs/${org.orgId}/apiKeys`);
  const byDesc = (desc: string) => keys.find((key) => key.desc === desc);
  expect(rolesIn(byDesc("Old exporter A"), production.id)).toEqual([]);
  expect(rolesIn(byDesc("Old exporter B"), production.id)).toEqual([]);
  expect(rolesIn(byDesc("Old exporter A"), staging.id)).toEqual(["GROUP_OWNER"]);
  expect(rolesIn(byDesc("Deploy pipeline"), production.id)).toEqual(["GROUP_READ_ONLY"]);
});
