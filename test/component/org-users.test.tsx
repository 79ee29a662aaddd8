// The organization's Users tab over the mock backend: members and invitees
// with their roles, projects and status; filter in the URL; Edit Roles
// refused for the last owner; Remove naming the projects left; and the
// read-only view of someone who may not manage users.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { formatExact } from "../../src/lib/format-date.ts";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { here, signIn } from "./org-api-keys-harness.tsx";
import { addMember, findUserRow, invite, orgUsersPath, renderOrgUsers, userRows } from "./users-harness.tsx";

const { seed } = mockBackendForSuite();
let owner: CurrentUser;
let reader: CurrentUser;
let patExpires: string;
const CAPTION = "Organization users";

beforeAll(async () => {
  reader = await signIn(MOCK_READER);
  const production = seed.projectIds[0] ?? "";
  ({ owner } = await addMember(MOCK_OWNER, seed.orgId, "mia@example.com", ["ORG_MEMBER"], [{ groupId: production, groupRoles: ["GROUP_READ_ONLY"] }]));
  patExpires = (await invite(owner, seed.orgId, "pat@example.com", ["ORG_READ_ONLY"])).invitationExpiresAt;
});

describe("Organization Users tab", () => {
  it("lists members and invitees with name, roles, projects and status, the invitation's expiry included", async () => {
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const mia = await findUserRow("mia@example.com");
    // Project names arrive with the organization's projects.
    await waitFor(() => expect(mia.textContent).toContain("Production"));
    expect(within(mia).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(["Mia mia", "Organization Member", "Production", "Active"]),
    );
    const pat = await findUserRow("pat@example.com");
    expect(pat.textContent).toContain("Organization Read Only");
    expect(pat.textContent).toMatch(/Pending\s*Expires in 4 weeks/);
    expect(pat.textContent).toContain(formatExact(patExpires));
    const ownerRow = await findUserRow("owner@example.com");
    expect(ownerRow.textContent).toContain("Organization Owner");
    expect(userRows(CAPTION)).toHaveLength(4);
    // Last sign-in: a time for the owner, who signed in; "Never" for an invitee.
    expect(screen.getByRole("columnheader", { name: /Last Sign-in/ })).toBeTruthy();
    expect(ownerRow.querySelector('td[data-label="Last Sign-in"] time')).not.toBeNull();
    expect(pat.querySelector('td[data-label="Last Sign-in"]')?.textContent).toBe("Never");
  });

  it("keeps the filter in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    await findUserRow("pat@example.com");
    await user.type(screen.getByRole("searchbox", { name: "Filter users" }), "pending");
    await waitFor(() => expect(userRows(CAPTION)).toHaveLength(1));
    expect(here(router)).toBe(orgUsersPath(seed.orgId, "?q=pending"));
  });

  it("says why the last Organization Owner cannot step down, and changes nothing", async () => {
    const user = userEvent.setup();
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const row = await findUserRow("owner@example.com");
    await user.click(within(row).getByRole("button", { name: "Actions for owner@example.com" }));
    await user.click(await screen.findByRole("menuitem", { name: "Edit Roles" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Roles of owner@example.com" });
    await user.click(within(dialog).getByRole("checkbox", { name: "Organization Owner" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Organization Member" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    const banner = await within(dialog).findByRole("alert");
    expect(banner.textContent).toContain("An organization needs at least one Organization Owner");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect((await findUserRow("owner@example.com")).textContent).toContain("Organization Owner");
  });

  it("removes a member after a confirmation naming the projects they leave, Cancel first and Remove in red", async () => {
    const user = userEvent.setup();
    renderOrgUsers({ user: owner, orgId: seed.orgId, canManage: true });
    const row = await findUserRow("mia@example.com");
    await user.click(within(row).getByRole("button", { name: "Actions for mia@example.com" }));
    await user.click(await screen.findByRole("menuitem", { name: "Remove from Organization" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Remove mia@example.com from Demo Organization?" });
    expect(within(dialog).getByRole("listitem").textContent).toBe("Production");
    expect(dialog.textContent).toContain("also removed from 1 project");
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));
    const remove = within(dialog).getByRole("button", { name: "Remove" });
    expect(remove.className).toMatch(/danger/);
    await user.click(remove);
    await waitFor(() => expect(userRows(CAPTION).map((r) => r.textContent)).not.toContainEqual(expect.stringContaining("mia@example.com")));
    expect(await screen.findByText("mia@example.com removed from Demo Organization.")).toBeTruthy();
  });

  it("shows a reader the table with Copy Email only, and no Invite Users", async () => {
    const user = userEvent.setup();
    renderOrgUsers({ user: reader, orgId: seed.orgId, canManage: false });
    const row = await findUserRow("pat@example.com");
    expect(screen.queryByRole("button", { name: "Invite Users" })).toBeNull();
    await user.click(within(row).getByRole("button", { name: "Actions for pat@example.com" }));
    expect((await screen.findAllByRole("menuitem")).map((item) => item.textContent)).toEqual(["Copy Email"]);
  });
});
