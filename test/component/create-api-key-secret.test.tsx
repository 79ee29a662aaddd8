// Create API Key, steps 2 and 3: the guarded private-key step, one POST for
// the access list with per-entry errors, and no private key left behind.
import { act, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_CALLER_IP } from "../../mocks/backend.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { apiRequest } from "../../src/lib/api-client.ts";
import { currentUserQueryKey } from "../../src/features/session/api/current-user.ts";
import { addEntryBehindTheScenes, button, cacheText, createKey, field, logCalls, renderWizard } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keysPath, listKeys, signIn } from "./org-api-keys-harness.tsx";

const { backend, server, seed } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

describe("Create API Key: the keys and the access list", () => {
  it("guards the private key: Copy says Copied, Next waits for the checkbox, leaving asks first", async () => {
    const user = userEvent.setup();
    const { router } = renderWizard({ user: owner, path: keysPath(seed.orgId, "/new"), history: [keysPath(seed.orgId)] });
    const { privateKey } = await createKey(user, "Guarded key");
    expect(screen.getByText(/The Private Key is only shown once: on this page./)).toBeTruthy();

    const privateGroup = screen.getByRole("group", { name: "Private Key" });
    await user.click(within(privateGroup).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(privateKey);
    expect(within(privateGroup).getByRole("status").textContent).toBe("Copied");

    expect(button("Next").disabled).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    expect(button("Next").disabled).toBe(false);
    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    expect(button("Next").disabled).toBe(true);

    // Cancel asks; Stay keeps the key on screen and the user on the page.
    await user.click(button("Cancel"));
    let dialog = await screen.findByRole("alertdialog", { name: "You won't see this private key again" });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Stay" })));
    await user.click(within(dialog).getByRole("button", { name: "Stay" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByText(privateKey)).toBeTruthy();
    expect(router.state.location.pathname).toBe(keysPath(seed.orgId, "/new"));

    // The browser's Back asks too; Escape means Stay.
    act(() => void router.navigate(-1));
    await screen.findByRole("alertdialog", { name: "You won't see this private key again" });
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByText(privateKey)).toBeTruthy();

    // Closing or reloading the tab is held by the browser's own prompt.
    const unload = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    // Signing out is a navigation too: it asks before the session ends.
    await user.click(screen.getByRole("button", { name: /^Account:/ }));
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    dialog = await screen.findByRole("alertdialog", { name: "You won't see this private key again" });
    await user.click(within(dialog).getByRole("button", { name: "Stay" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByText(privateKey)).toBeTruthy();
    expect(router.state.location.pathname).toBe(keysPath(seed.orgId, "/new"));

    // A link out asks; Close anyway leaves.
    await user.click(screen.getByRole("link", { name: "Organization API Keys" }));
    dialog = await screen.findByRole("alertdialog", { name: "You won't see this private key again" });
    await user.click(within(dialog).getByRole("button", { name: "Close anyway" }));
    expect(await screen.findByRole("heading", { name: "API Keys table" })).toBeTruthy();
    expect(screen.queryByText(privateKey)).toBeNull();
    const later = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it("keeps the private key on screen when the session ends, and signs out once it is gone", async () => {
    const user = userEvent.setup();
    const { client } = renderWizard({ user: owner, path: keysPath(seed.orgId, "/new"), history: [keysPath(seed.orgId)] });
    const { privateKey } = await createKey(user, "Session ends");

    // Some background read learns that the session has ended.
    server.use(http.get("/api/atlas/v2/orgs/:orgId", () => HttpResponse.json({ error: 401, errorCode: "NOT_AUTHENTICATED" }, { status: 401 })));
    await expect(apiRequest(`/atlas/v2/orgs/${seed.orgId}`)).rejects.toMatchObject({ status: 401 });
    expect(client.getQueryData(currentUserQueryKey)).toEqual(owner);
    expect(screen.getByText(privateKey)).toBeTruthy();

    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    await user.click(button("Next"));
    await waitFor(() => expect(client.getQueryData(currentUserQueryKey)).toBeNull());
  });

  it("sends the access list in one POST, marks the refused entry, and leaves no private key behind", async () => {
    const user = userEvent.setup();
    const { client, router } = renderWizard({ user: owner, path: keysPath(seed.orgId, "/new"), history: [keysPath(seed.orgId)] });
    const { privateKey, publicKey } = await createKey(user, "Wizard key");
    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    await user.click(button("Next"));
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    expect(screen.queryByText(privateKey)).toBeNull();
    expect(button("Skip")).toBeTruthy();

    await user.click(button("Add Access List Entry"));
    const first = field("New entry 1: IP address or CIDR block");
    await waitFor(() => expect(document.activeElement).toBe(first));
    await user.type(first, "300.1.2.3");
    await user.tab();
    expect(await screen.findByText("Enter a valid IPv4 or IPv6 address.")).toBeTruthy();
    await user.clear(first);
    await user.type(first, "203.0.113.5");

    await user.click(button("Use Current IP Address"));
    await waitFor(() => expect(field("New entry 2: IP address or CIDR block").value).toBe(MOCK_CALLER_IP));
    await user.click(button("Add Access List Entry"));
    await user.type(field("New entry 3: IP address or CIDR block"), "10.1.0.0/16");

    // Meanwhile someone else puts 10.1.0.0/16 on the key.
    const apiKey = (await listKeys(seed.orgId)).find((key) => key.publicKey === publicKey);
    if (!apiKey) throw new Error("The new key is not in the list");
    await addEntryBehindTheScenes(backend, apiKey.id, "10.1.0.0/16");

    const log = logCalls(server);
    await user.click(button("Save"));
    const refused = await screen.findByText("The address 10.1.0.0/16 is already on the access list.");
    const third = field("New entry 3: IP address or CIDR block");
    expect(third.getAttribute("aria-describedby")).toBe(refused.id);
    expect(third.getAttribute("aria-invalid")).toBe("true");
    expect((await screen.findByRole("alert")).textContent).toContain("One change was not saved");
    const posts = log.calls.filter((call) => call.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe(`/atlas/v2/orgs/${seed.orgId}/apiKeys/${apiKey.id}/accessList`);
    expect(posts[0]?.body).toEqual([{ ipAddress: "203.0.113.5" }, { ipAddress: MOCK_CALLER_IP }, { cidrBlock: "10.1.0.0/16" }]);
    expect(field("New entry 1: IP address or CIDR block").value).toBe("203.0.113.5");

    await user.click(button("Remove new entry 3"));
    await user.click(button("Save"));
    await user.click(await screen.findByRole("button", { name: "Done" }));
    expect(await screen.findByRole("heading", { name: "API Keys table" })).toBeTruthy();
    // The table's toast (this harness's table is a stub) names the key it speaks of.
    expect(router.state.location.state).toEqual({ notice: `API key ${publicKey} created, with 3 access list entries.`, highlight: apiKey.id });
    expect(log.calls.filter((call) => call.method === "POST")).toHaveLength(2);
    log.stop();

    const entries = await (await fetch(new URL(`/api/atlas/v2/orgs/${seed.orgId}/apiKeys/${apiKey.id}/accessList`, window.location.origin))).json();
    expect((entries as { results: { cidrBlock: string }[] }).results.map((entry) => entry.cidrBlock).sort()).toEqual(
      ["10.1.0.0/16", "198.51.100.23/32", "203.0.113.5/32"],
    );

    // The private key is nowhere the app keeps things.
    const cache = cacheText(client);
    expect(cache).toContain("203.0.113.5/32");
    expect(cache).not.toContain(privateKey);
    expect(JSON.stringify(router.state)).not.toContain(privateKey);
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.toContain(privateKey);
    expect(document.body.textContent).not.toContain(privateKey);
  });
});
