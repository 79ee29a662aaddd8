// The organization Users tab's row menu over the mock backend: Cancel
// Invitation for a pending invitee (asked first, then gone from the table and
// from the API), and a Password Reset Link for another member, shown once
// with Copy, Done only after the tick, kept nowhere once closed, and not
// offered for yourself.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { USERS_MEDIA_TYPE } from "../../src/features/users/api/user-types.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { apiUrl } from "./org-api-keys-harness.tsx";
import { addMember, createLinkIn, findUserRow, invite, renderOrgUsers, userRows } from "./users-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;
const CAPTION = "Organization users";
const RESET_LINK = /^http:\/\/[^/]+\/reset-password#[0-9a-f]{64}$/;

beforeAll(async () => {
  ({ owner } = await addMember(MOCK_OWNER, seed.orgId, "mia@example.com", ["ORG_MEMBER"]));
});

async function listedByApi(email: string): Promise<unknown[]> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/users?username=${encodeURIComponent(email)}`), { headers: { Accept: USERS_MEDIA_TYPE } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: unknown[] }).results;
}

async function openMenu(email: string) {
  const user = userEvent.setup();
  const row = await findUserRow(email);
  await user.click(within(row).getByRole("button", { name: `Actions for ${email}` }));
  return { user, items: await screen.findAllByRole("menuitem") };
}

describe("Organization Users row menu", () => {
  it("cancels a pending invitation after a confirmation; the invitee is gone from the table and from the API", async () => {
    await invite(owner, seed.orgId, "pat@example.com", ["ORG_READ_ONLY"]);
    expect(await listedByApi("pat@example.com")).toHaveLength(1);
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const { user } = await openMenu("pat@example.com");
    await user.click(screen.getByRole("menuitem", { name: "Cancel Invitation" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Cancel the invitation of pat@example.com?" });
    expect(dialog.textContent).toContain("Their invitation link stops working.");
    // Nothing happens before the confirmation.
    expect(await listedByApi("pat@example.com")).toHaveLength(1);
    const confirm = within(dialog).getByRole("button", { name: "Cancel Invitation" });
    expect(confirm.className).toMatch(/danger/);
    await user.click(confirm);
    await waitFor(() => expect(userRows(CAPTION).map((r) => r.textContent)).not.toContainEqual(expect.stringContaining("pat@example.com")));
    expect(await screen.findByText("Invitation of pat@example.com cancelled.")).toBeTruthy();
    expect(await listedByApi("pat@example.com")).toEqual([]);
    expect(await listedByApi("mia@example.com")).toHaveLength(1);
  });

  it("shows another member's password reset link once with Copy, Done only after the tick, and keeps it nowhere after", async () => {
    const { client } = renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const { user } = await openMenu("mia@example.com");
    await user.click(screen.getByRole("menuitem", { name: "Password Reset Link" }));
    const dialog = await screen.findByRole("dialog", { name: "Password Reset Link" });
    expect(dialog.textContent).toContain("For mia@example.com.");
    const url = await createLinkIn(dialog, user);
    expect(url).toMatch(RESET_LINK);
    expect(dialog.querySelectorAll("[data-copy-value]")).toHaveLength(1);
    await user.click(within(dialog).getByRole("button", { name: /Copy/ }));
    expect(await navigator.clipboard.readText()).toBe(url);

    const done = within(dialog).getByRole("button", { name: "Done" });
    expect((done as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog", { name: "Password Reset Link" })).toBeTruthy();
    expect((done as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole("checkbox", { name: "I have copied the password reset link" }));
    expect((done as HTMLButtonElement).disabled).toBe(false);
    await user.click(done);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    // Gone for good: not on the page, not in any cached query or mutation.
    const token = url.split("#")[1] ?? "";
    expect(token).toHaveLength(64);
    expect(document.body.innerHTML).not.toContain(token);
    const cached = JSON.stringify([client.getQueryCache().getAll().map((q) => q.state.data), client.getMutationCache().getAll().map((m) => m.state.data)]);
    expect(cached).not.toContain(token);
    expect(cached).toContain("mia@example.com");
  });

  it("does not offer a Password Reset Link for yourself", async () => {
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const own = (await openMenu("owner@example.com")).items.map((item) => item.textContent);
    expect(own).toContain("Edit Roles");
    expect(own).toContain("Remove from Organization");
    expect(own).not.toContain("Password Reset Link");
  });
});
