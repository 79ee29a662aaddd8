// Who sees what in a project: no role there gives the "no access" page (the
// API answers 404), a read-only role gives the table without any control
// that changes something, and the URLs of those controls, opened directly,
// say which role it takes instead of showing a form.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { logCalls } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keyByDesc, signIn } from "./org-api-keys-harness.tsx";
import { addUser, findProjectRow, projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { backend, server, seed } = mockBackendForSuite();
let production = "";
let staging = "";
let member: CurrentUser;

beforeAll(async () => {
  [production = "", staging = ""] = seed.projectIds;
  // An organization member with a read-only role in Production and none in Staging.
  const credentials = await addUser(backend, {
    email: "member@example.com",
    orgRole: "ORG_MEMBER",
    project: { groupId: production, role: "GROUP_READ_ONLY" },
  });
  member = await signIn(credentials);
});

describe("project access for a member", () => {
  it("says there is no access to a project the user has no role in, instead of an empty table", async () => {
    renderProjectPage({ user: member, path: projectKeysPath(staging) });

    expect(await screen.findByRole("heading", { name: "You don't have access to this project" })).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByText(/No API keys/)).toBeNull();
    expect(screen.queryByRole("link", { name: "API Keys" })).toBeNull();
    expect(screen.getByRole("link", { name: "Go to your organization" }).getAttribute("href")).toBe("/");
  });

  it("shows a project with a read-only role without Create, Invite, Edit Permissions or Remove", async () => {
    const user = userEvent.setup();
    renderProjectPage({ user: member, path: projectKeysPath(production) });

    const row = await findProjectRow("Terraform provisioning");
    expect(within(row).getByText("Project Owner")).toBeTruthy();
    expect(screen.getByText("Project: Production")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Create API Key" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Invite to Project" })).toBeNull();

    await user.click(within(row).getByRole("button", { name: /^Actions for / }));
    const menu = await screen.findByRole("menu");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["View Details", "Copy Public Key"]);
  });

  it.each([
    ["Invite to Project", "/invite", "invite API keys to Production"],
    ["Create API Key", "/new", "create API keys in Production"],
    ["Edit Permissions", "/{key}/permissions", "change the permissions of API keys in Production"],
  ])("opening %s by its URL says the Project Owner role is needed, and shows no form", async (title, rest, action) => {
    const terraform = await keyByDesc(seed.orgId, "Terraform provisioning");
    const log = logCalls(server);
    renderProjectPage({ user: member, path: projectKeysPath(production, rest.replace("{key}", terraform.id)) });

    expect(await screen.findByRole("heading", { name: title })).toBeTruthy();
    const notice = await screen.findByText(/You need the Project Owner role/);
    expect(notice.closest("[role=alert]")?.textContent).toBe(
      `You need the Project Owner role (or Organization Owner) to ${action}. Ask a Project Owner to do it, or to give you the role.`,
    );
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.queryByRole("button", { name: /^(Save|Next|Invite to Project)$/ })).toBeNull();
    expect(log.calls.filter((call) => call.method !== "GET")).toEqual([]);
    log.stop();
  });
});
