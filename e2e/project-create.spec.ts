// A key created in a project's Access Manager, against the real server: the
// wizard's private key, read back from the clipboard, calls the API with
// Digest on that project (and not on another), and the organization's page
// lists the key as an Organization Member in the project. The organization is
// made with the CLI (world.ts).
import { expect, test } from "@playwright/test";
import { digestGet } from "./support/digest.ts";
import { keysPath } from "./support/org-keys.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { listKeys, projectPath, type KeyView } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

// The organization and users are made with the CLI and axe runs on the way: more than the default 30 s.
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
  const asKey = (path: string) => digestGet(page, { publicKey: created.publicKey, privateKey }, path);
  const own = await asKey(`/groups/${production.id}/apiKeys`);
  expect(own.status).toBe(200);
  expect((own.data as { results: KeyView[] }).results.some((k) => k.id === created.id)).toBe(true);
  expect((await asKey(`/groups/${staging.id}/apiKeys`)).status).toBe(404);

  // The organization's page shows it too, as an Organization Member in Production.
  await page.goto(keysPath(org));
  const orgRow = page.getByRole("row", { name: /Production deployer/ });
  await expect(orgRow).toContainText("Organization Member");
  await expect(orgRow).toContainText("Production");
});
