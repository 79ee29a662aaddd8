// "Invite to Project": the organization's keys, searchable, with the ones
// already in the project disabled and saying so; one request gives the chosen
// key its Project Permissions.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { signIn } from "./org-api-keys-harness.tsx";
import { findProjectRow, listProjectKeys, projectKeysPath, projectRolesOf, projectRows, renderProjectPage } from "./project-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let production = "";
let owner: CurrentUser;
const writes: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
  server.events.on("request:start", async ({ request }) => {
    if (request.method !== "GET") writes.push({ method: request.method, url: request.url, body: await request.clone().text() });
  });
});

describe("Invite to Project", () => {
  it("disables keys already in the project with the reason, and invites another in one request", async () => {
    const user = userEvent.setup();
    const { router } = renderProjectPage({ user: owner, path: projectKeysPath(production) });
    await findProjectRow("Terraform provisioning");
    await user.click(screen.getByRole("link", { name: "Invite to Project" }));

    const dialog = await screen.findByRole("dialog", { name: "Invite to Project" });
    expect(router.state.location.pathname).toBe(projectKeysPath(production, "/invite"));
    const terraform = await within(dialog).findByRole("radio", { name: /Terraform provisioning/ });
    expect((terraform as HTMLInputElement).disabled).toBe(true);
    expect(terraform.getAttribute("aria-describedby")).toBeTruthy();
    const reason = document.getElementById(terraform.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toBe("Already in this project");
    expect(within(dialog).getByRole("group", { name: "Project Permissions" })).toBeTruthy();
    // Each role says what it means.
    expect(within(dialog).getByRole("checkbox", { name: "Project Read Only" }).getAttribute("aria-describedby")).toBeTruthy();
    expect(within(dialog).getByText("Views the project, changes nothing.")).toBeTruthy();

    // Nothing chosen: errors, no request.
    writes.length = 0;
    await user.click(within(dialog).getByRole("button", { name: "Invite to Project" }));
    expect(await within(dialog).findByText("Choose the API key to invite.")).toBeTruthy();
    expect(within(dialog).getByText("Select at least one role.")).toBeTruthy();
    expect(writes).toEqual([]);

    // Search by description, then by public key.
    await user.type(within(dialog).getByRole("searchbox", { name: "Find a key by public key or description" }), "billing");
    await waitFor(() => expect(within(dialog).getAllByRole("radio")).toHaveLength(1));
    const billing = within(dialog).getByRole("radio", { name: /Billing export/ });
    await user.click(billing);
    await user.click(within(dialog).getByRole("checkbox", { name: "Project Read Only" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Project Backup Manager" }));
    await user.click(within(dialog).getByRole("button", { name: "Invite to Project" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const invited = (await listProjectKeys(production)).find((key) => key.desc === "Billing export");
    expect(writes).toEqual([
      {
        method: "POST",
        url: expect.stringMatching(new RegExp(`/api/atlas/v2/groups/${production}/apiKeys/${invited?.id}$`)),
        body: JSON.stringify([{ roles: ["GROUP_BACKUP_MANAGER", "GROUP_READ_ONLY"] }]),
      },
    ]);
    expect(projectRolesOf(invited, production)).toEqual(["GROUP_BACKUP_MANAGER", "GROUP_READ_ONLY"]);

    const row = await findProjectRow("Billing export");
    expect(within(row).getByText("Project Backup Manager")).toBeTruthy();
    expect(screen.getByText(`API key ${invited?.publicKey} invited to Production.`)).toBeTruthy();
    // The invited key's row, and only it, is marked as it arrives in the table.
    expect(row.hasAttribute("data-highlighted")).toBe(true);
    expect(projectRows().filter((other) => other.hasAttribute("data-highlighted"))).toEqual([row]);
    expect(router.state.location.pathname).toBe(projectKeysPath(production));
  });
});
