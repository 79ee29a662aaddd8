// Edit API Key: prefilled information, the access list with its entries,
// one Save applying PATCH + one POST + a DELETE per removed entry, and the
// changes the server refuses listed without losing what was typed.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_CALLER_IP } from "../../mocks/backend.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { addEntryBehindTheScenes, button, field, logCalls, makeKey, renderWizard, role } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keysPath, listKeys, signIn } from "./org-api-keys-harness.tsx";

const { backend, server, seed } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

async function serverEntries(keyId: string): Promise<string[]> {
  const response = await fetch(new URL(`/api/atlas/v2/orgs/${seed.orgId}/apiKeys/${keyId}/accessList`, window.location.origin));
  return ((await response.json()) as { results: { cidrBlock: string }[] }).results.map((entry) => entry.cidrBlock).sort();
}

async function renameAndContinue(user: UserEvent, desc: string): Promise<void> {
  const description = (await screen.findByRole("textbox", { name: "Description" })) as HTMLInputElement;
  await user.clear(description);
  await user.type(description, desc);
  await user.click(button("Next"));
  await screen.findByRole("heading", { name: "API Access List" });
}

describe("Edit API Key", () => {
  it("starts from the key, and Save sends PATCH, one POST and a DELETE per removed entry", async () => {
    const key = await makeKey(backend, seed.orgId, "Reporting job", ["ORG_READ_ONLY"], ["192.0.2.0/24", "198.51.100.0/24"]);
    const user = userEvent.setup();
    const { router } = renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`), history: [keysPath(seed.orgId)] });

    expect(((await screen.findByRole("textbox", { name: "Description" })) as HTMLInputElement).value).toBe("Reporting job");
    expect(role("Organization Read Only").checked).toBe(true);
    expect(role("Organization Owner").checked).toBe(false);
    await user.click(role("Organization Billing Viewer"));
    await renameAndContinue(user, "Nightly reporting");

    expect(screen.getByText(/An entry cannot be edited/)).toBeTruthy();
    expect(screen.getByRole("note").textContent).toContain("Changing the access list affects every project");
    const onKey = screen.getByRole("list", { name: "Entries on this key" });
    expect(within(onKey).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      expect.stringContaining("192.0.2.0/24"),
      expect.stringContaining("198.51.100.0/24"),
    ]);
    await user.click(button("Remove 192.0.2.0/24"));
    expect(button("Undo removal of 192.0.2.0/24")).toBeTruthy();
    await user.click(button("Add Access List Entry"));
    await user.type(field("New entry 1: IP address or CIDR block"), "203.0.113.7");
    await user.click(button("Use Current IP Address"));
    await waitFor(() => expect(field("New entry 2: IP address or CIDR block").value).toBe(MOCK_CALLER_IP));

    const log = logCalls(server);
    await user.click(button("Save"));
    expect(await screen.findByRole("heading", { name: "API Keys table" })).toBeTruthy();
    expect(router.state.location.pathname).toBe(keysPath(seed.orgId));
    log.stop();
    const writes = log.calls.filter((call) => call.method !== "GET");
    const base = `/atlas/v2/orgs/${seed.orgId}/apiKeys/${key.id}`;
    expect(writes).toEqual(
      expect.arrayContaining([
        { method: "PATCH", path: base, body: { desc: "Nightly reporting", roles: ["ORG_BILLING_READ_ONLY", "ORG_READ_ONLY"] } },
        { method: "POST", path: `${base}/accessList`, body: [{ ipAddress: "203.0.113.7" }, { ipAddress: MOCK_CALLER_IP }] },
        { method: "DELETE", path: `${base}/accessList/192.0.2.0/24`, body: undefined },
      ]),
    );
    expect(writes).toHaveLength(3);

    const saved = (await listKeys(seed.orgId)).find((candidate) => candidate.id === key.id);
    expect(saved?.desc).toBe("Nightly reporting");
    expect(saved?.roles.map((assignment) => assignment.roleName).sort()).toEqual(["ORG_BILLING_READ_ONLY", "ORG_READ_ONLY"]);
    expect(await serverEntries(key.id)).toEqual(["198.51.100.0/24", "198.51.100.23/32", "203.0.113.7/32"]);
  });

  it("lists each refused change, keeps what was typed, and sends again only what failed", async () => {
    const key = await makeKey(backend, seed.orgId, "Sync job", ["ORG_MEMBER"], ["192.0.2.0/24"]);
    const user = userEvent.setup();
    renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`), history: [keysPath(seed.orgId)] });
    await renameAndContinue(user, "Sync job v2");
    await user.click(button("Remove 192.0.2.0/24"));
    await user.click(button("Add Access List Entry"));
    await user.type(field("New entry 1: IP address or CIDR block"), "203.0.113.8");

    // The server refuses the removal, and someone else adds the same address first.
    server.use(
      http.delete(
        "*/api/atlas/v2/orgs/:orgId/apiKeys/:keyId/accessList/*",
        () => HttpResponse.json({ error: 500, errorCode: "UNEXPECTED_ERROR", detail: "The store is read-only." }, { status: 500 }),
        { once: true },
      ),
    );
    await addEntryBehindTheScenes(backend, key.id, "203.0.113.8/32");
    const log = logCalls(server);
    await user.click(button("Save"));

    const failures = (await screen.findByText("2 changes were not saved")).closest("[role=alert]");
    expect(failures?.textContent).toContain("Add 203.0.113.8:");
    expect(failures?.textContent).toContain("Remove 192.0.2.0/24: The store is read-only.");
    expect(field("New entry 1: IP address or CIDR block").value).toBe("203.0.113.8");
    expect(screen.getByText("The address 203.0.113.8/32 is already on the access list.")).toBeTruthy();
    expect(screen.getByText("Not removed: The store is read-only.")).toBeTruthy();
    expect(button("Undo removal of 192.0.2.0/24")).toBeTruthy();
    // The description went through.
    expect((await listKeys(seed.orgId)).find((candidate) => candidate.id === key.id)?.desc).toBe("Sync job v2");

    await user.click(button("Remove new entry 1"));
    await user.click(button("Save"));
    expect(await screen.findByRole("heading", { name: "API Keys table" })).toBeTruthy();
    log.stop();
    expect(log.calls.filter((call) => call.method === "PATCH")).toHaveLength(1);
    expect(log.calls.filter((call) => call.method === "POST")).toHaveLength(1);
    expect(log.calls.filter((call) => call.method === "DELETE")).toHaveLength(2);
    expect(await serverEntries(key.id)).toEqual(["203.0.113.8/32"]);
  });

  it("shows a refused description on its field when the user goes Back, with the typed text", async () => {
    const key = await makeKey(backend, seed.orgId, "Backup job", ["ORG_MEMBER"]);
    const user = userEvent.setup();
    renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`) });
    await renameAndContinue(user, "Backup job (old)");
    server.use(
      http.patch(
        "*/api/atlas/v2/orgs/:orgId/apiKeys/:keyId",
        () =>
          HttpResponse.json(
            {
              error: 400,
              errorCode: "INVALID_API_KEY_DESC",
              detail: "desc: Parentheses are not allowed here.",
              badRequestDetail: { fields: [{ field: "desc", description: "Parentheses are not allowed here." }] },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    await user.click(button("Save"));
    await waitFor(() => expect(document.body.textContent).toContain("Update description and permissions:"));
    await user.click(button("Back"));
    expect(((await screen.findByRole("textbox", { name: "Description" })) as HTMLInputElement).value).toBe("Backup job (old)");
    expect(await screen.findByText("Parentheses are not allowed here.")).toBeTruthy();
  });

  it("says so when the key does not exist", async () => {
    renderWizard({ user: owner, path: keysPath(seed.orgId, "/5f0000000000000000000000/edit") });
    expect((await screen.findByRole("alert")).textContent).toContain("This API key does not exist in this organization.");
    expect(screen.queryByRole("textbox", { name: "Description" })).toBeNull();
  });
});
