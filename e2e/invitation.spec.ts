// An invitation in Chromium against the real server: the operator invites
// with `users invite` (the console's Invite Users is in users.spec.ts), the invitee opens the
// one-time link in a second browser, sets a name and password and lands in
// the console with exactly what Organization Read Only allows; the link works
// once; when an owner removes them, their open session ends.
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { orgKey } from "./support/project-keys.ts";
import { seriousA11yViolations, signIn } from "./support/pages.ts";
import { cli, newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("an invitee accepts a one-time link, sees what the roles allow, and is signed out when removed", async ({ page, browser }) => {
  const org = await newOrg("Invite");
  await orgKey(org, "Seen by the invitee");
  const email = `invitee-${randomBytes(3).toString("hex")}@e2e.test`;
  const invited = await cli("users", "invite", "--email", email, "--org", org.orgId, "--role", "ORG_READ_ONLY");
  const token = String(invited.invitationUrl).split("#")[1];

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(`/invitation#${token}`);
  await expect(invitee.getByText(`You were invited to ${org.orgName} as ${email}.`, { exact: false })).toBeVisible();
  // The token leaves the address bar once read.
  await expect(invitee).toHaveURL(/\/invitation$/);
  expect(await seriousA11yViolations(invitee)).toEqual([]);
  const form = invitee.getByRole("form", { name: "Accept invitation" });
  await form.getByLabel("First name").fill("Ines");
  await form.getByLabel("Last name").fill("Vitée");
  await form.getByLabel("Password").fill("password1234");
  await form.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(form.getByText(/common or easy to guess/)).toBeVisible();
  await form.getByLabel("Password").fill("tundra-quill-81-marsh-ember");
  await form.getByRole("button", { name: "Accept and sign in" }).click();
  await invitee.waitForURL(/\/access\/apiKeys/);
  await expect(invitee.getByRole("row", { name: /Seen by the invitee/ })).toBeVisible();
  await expect(invitee.getByRole("link", { name: "Create API Key" })).toHaveCount(0);

  // Used once: the same link again says so.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(`/invitation#${token}`);
  await expect(second.getByText("This link does not work")).toBeVisible();
  await again.close();

  // The owner removes the invitee; the invitee's open session ends at their next request.
  await signIn(page, org.owner);
  const me = (await (await page.request.get("/api/private/me")).json()) as { csrfToken: string };
  const removed = await page.request.fetch(`/api/atlas/v2/orgs/${org.orgId}/users/${String(invited.id)}`, {
    method: "DELETE",
    headers: { Accept: MEDIA_TYPE, "X-CSRF-Token": me.csrfToken },
  });
  expect(removed.status()).toBe(204);
  await invitee.reload();
  await expect(invitee).toHaveURL(/\/login/);
  await context.close();
});
