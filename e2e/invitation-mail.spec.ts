// Invitations by e-mail, in Chromium against the real server with SMTP_URL
// set: the e2e server's mail sink is a real SMTP server (smtp-server). An
// owner invites two people at once from the Users tab; each gets one message
// with their own link (the one the owner was shown), and the link read from
// the mail signs the invitee in with the granted role. A new link mails again,
// and the mailed old link stops working.
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { linkIn } from "../test/support/smtp-sink.ts";
import { awaitMail } from "./support/mailbox.ts";
import { acceptInvitation, signIn } from "./support/pages.ts";
import { newOrg } from "./support/world.ts";

test.describe.configure({ timeout: 120_000 });

test("invited from the console, each person gets their own link by mail, and the mailed link signs them in", async ({ page, browser }) => {
  const org = await newOrg("Mailed");
  const tag = randomBytes(3).toString("hex");
  const [first, second] = [`first-${tag}@mail.e2e.test`, `second-${tag}@mail.e2e.test`];
  await signIn(page, org.owner);
  await page.goto(`/orgs/${org.orgId}/access/users`);

  await page.getByRole("button", { name: "Invite Users" }).click();
  const form = page.getByRole("dialog", { name: "Invite Users" });
  await form.getByLabel("Email addresses").fill(`${first}, ${second}`);
  await form.getByRole("checkbox", { name: "Organization Member" }).uncheck();
  await form.getByRole("checkbox", { name: "Organization Read Only" }).check();
  await form.getByRole("button", { name: "Invite Users" }).click();

  // The links on screen, each under its person's address.
  const links = page.getByRole("dialog", { name: "Invitation Links" });
  const shown = async (email: string) => (await links.getByRole("group", { name: email }).locator("code").textContent()) ?? "";
  const [firstShown, secondShown] = [await shown(first), await shown(second)];
  expect(firstShown).toMatch(/\/invitation#[0-9a-f]{64}$/);
  expect(secondShown).not.toBe(firstShown);

  // One message each, from the configured sender, to that person only, with their link.
  const [toFirst] = await awaitMail(first);
  const [toSecond] = await awaitMail(second);
  expect(toFirst?.to).toEqual([first]);
  expect(toFirst?.from).toBe("access-manager@e2e.test");
  expect(toFirst?.raw).toContain(`Subject: Invitation to ${org.orgName} in Access Manager`);
  expect(linkIn(toFirst?.raw ?? "")).toBe(firstShown);
  expect(linkIn(toSecond?.raw ?? "")).toBe(secondShown);
  await links.getByRole("checkbox", { name: "I have copied the invitation links" }).check();
  await links.getByRole("button", { name: "Done" }).click();

  // The second person asks again: a new link is mailed, and the first mail's link no longer works.
  await page.getByRole("button", { name: `Actions for ${second}` }).click();
  await page.getByRole("menuitem", { name: "New Invitation Link" }).click();
  const renew = page.getByRole("dialog", { name: "New Invitation Link" });
  await renew.getByRole("button", { name: "Create Link" }).click();
  const renewedShown = (await renew.getByRole("group", { name: second }).locator("code").textContent()) ?? "";
  const [, renewedMail] = await awaitMail(second, 2);
  expect(linkIn(renewedMail?.raw ?? "")).toBe(renewedShown);
  expect(renewedShown).not.toBe(secondShown);
  await renew.getByRole("checkbox", { name: "I have copied the invitation link" }).check();
  await renew.getByRole("button", { name: "Done" }).click();
  const stale = await browser.newContext();
  const stalePage = await stale.newPage();
  await stalePage.goto(secondShown);
  await expect(stalePage.getByText("This link does not work")).toBeVisible();
  await stale.close();

  // The first person opens the link from their mail in a browser of their own.
  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(linkIn(toFirst?.raw ?? "") ?? "");
  await expect(invitee.getByText(`You were invited to ${org.orgName} as ${first}.`, { exact: false })).toBeVisible();
  await acceptInvitation(invitee, { firstName: "Mila", lastName: "Post", password: "lantern-otter-52-birch-quartz" });
  // Organization Read Only: the organization's keys, read only.
  await expect(invitee.getByRole("link", { name: "Create API Key" })).toHaveCount(0);
  await invitee.goto(`/orgs/${org.orgId}/access/users`);
  await expect(invitee.getByRole("row", { name: new RegExp(first) })).toContainText("Active");
  await context.close();
});
