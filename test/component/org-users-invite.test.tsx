// Invite Users and the one-time links over the mock backend: two people
// invited at once, each link shown once with Copy and gone (from the page and
// from React Query's caches) once Done is pressed; all or none on a
// conflict; a new invitation link for a pending invitee replaces the old one.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { USERS_MEDIA_TYPE } from "../../src/features/users/api/user-types.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import { createLinkIn, findUserRow, invite, renderOrgUsers, userRows } from "./users-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;
const LINK = /^http:\/\/[^/]+\/invitation#[0-9a-f]{64}$/;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

/** Whether a link's token is still good, as the Accept invitation page asks. */
async function linkWorks(url: string): Promise<boolean> {
  const token = url.split("#")[1];
  const response = await fetch(apiUrl("/private/invitations/inspect"), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token }),
  });
  return response.ok;
}

describe("Invite Users", () => {
  it("invites two people with org and project roles, shows each link once, and keeps none after Done", async () => {
    const user = userEvent.setup();
    const { client } = renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    await findUserRow("owner@example.com");
    await user.click(screen.getByRole("button", { name: "Invite Users" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite Users" });
    await user.type(within(dialog).getByLabelText("Email addresses"), "ana@example.com, ben@example.com");
    await user.click(within(dialog).getByRole("checkbox", { name: "Organization Member" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Organization Read Only" }));
    await user.click(within(dialog).getByText(/^Production: no access$/));
    const production = within(dialog).getByRole("group", { name: "Project Permissions in Production" });
    await user.click(within(production).getByRole("checkbox", { name: "Project Read Only" }));
    await user.click(within(dialog).getByRole("button", { name: "Invite Users" }));

    const links = await screen.findByRole("dialog", { name: "Invitation Links" });
    const values = within(links).getAllByRole("group").map((group) => [
      within(group).getByText(/@example\.com$/).textContent,
      group.querySelector("[data-copy-value]")?.textContent ?? "",
    ]);
    expect(values.map(([email]) => email)).toEqual(["ana@example.com", "ben@example.com"]);
    for (const [, url] of values) expect(url).toMatch(LINK);
    await user.click(within(within(links).getAllByRole("group")[1] as HTMLElement).getByRole("button", { name: /Copy/ }));
    expect(await navigator.clipboard.readText()).toBe(values[1]?.[1]);

    const close = within(links).getByRole("button", { name: "Done" });
    expect((close as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog", { name: "Invitation Links" })).toBeTruthy();
    await user.click(within(links).getByRole("checkbox", { name: "I have copied the invitation links" }));
    await user.click(close);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    const ana = await findUserRow("ana@example.com");
    expect(ana.textContent).toContain("Organization Read Only");
    await waitFor(() => expect(ana.textContent).toContain("Production"));
    expect(ana.textContent).toContain("Pending");
    // Gone for good: not on the page, not in any cached query or mutation.
    const token = (values[0]?.[1] ?? "").split("#")[1] ?? "";
    expect(document.body.innerHTML).not.toContain(token);
    const cached = JSON.stringify([client.getQueryCache().getAll().map((q) => q.state.data), client.getMutationCache().getAll().map((m) => m.state.data)]);
    expect(cached).not.toContain(token);
    expect(cached).toContain("ana@example.com");
  });

  it("invites nobody when one address is already in the organization, and says which", async () => {
    const user = userEvent.setup();
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    await findUserRow("owner@example.com");
    const before = userRows("Organization users").length;
    await user.click(screen.getByRole("button", { name: "Invite Users" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite Users" });
    await user.type(within(dialog).getByLabelText("Email addresses"), "cleo@example.com owner@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Invite Users" }));
    expect(await within(dialog).findByText(/owner@example\.com is already a member of this organization/)).toBeTruthy();
    expect(within(dialog).getByLabelText("Email addresses").getAttribute("aria-invalid")).toBe("true");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(userRows("Organization users")).toHaveLength(before);
    const listed = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/users?username=cleo@example.com`), { headers: { Accept: USERS_MEDIA_TYPE } });
    expect(((await listed.json()) as { results: unknown[] }).results).toEqual([]);
  });

  it("gives a pending invitee a new link, shown once, and the old link stops", async () => {
    const user = userEvent.setup();
    const invited = await invite(owner, seed.orgId, "dora@example.com", ["ORG_MEMBER"]);
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const row = await findUserRow("dora@example.com");
    await user.click(within(row).getByRole("button", { name: "Actions for dora@example.com" }));
    await user.click(await screen.findByRole("menuitem", { name: "New Invitation Link" }));
    const dialog = await screen.findByRole("dialog", { name: "New Invitation Link" });
    const url = await createLinkIn(dialog, user);
    expect(url).toMatch(LINK);
    expect(url).not.toBe(invited.invitationUrl);
    expect(await linkWorks(invited.invitationUrl)).toBe(false);
    expect(await linkWorks(url)).toBe(true);
    await user.click(within(dialog).getByRole("checkbox", { name: "I have copied the invitation link" }));
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(document.body.innerHTML).not.toContain(url.split("#")[1]));
  });
});
