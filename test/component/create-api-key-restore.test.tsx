// Create API Key after the key exists: the URL names the new key (?key=<id>,
// never its private key), so a reload on step 3, or during step 2, comes back
// to step 3 for that key instead of an empty step 1 that invites a duplicate.
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { button, cacheText, createKey, field, logCalls, makeKey, reloadWizard, renderWizard } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { here, keysPath, listKeys, signIn } from "./org-api-keys-harness.tsx";
import { projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { backend, server, seed } = mockBackendForSuite();
let production = "";
let owner: CurrentUser;

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
});

async function idOf(publicKey: string): Promise<string> {
  const found = (await listKeys(seed.orgId)).find((key) => key.publicKey === publicKey);
  if (!found) throw new Error(`No key ${publicKey}`);
  return found.id;
}

describe("Create API Key: reload and links after the key exists", () => {
  it("keeps the table's query string beside the new key's id, for the way back", async () => {
    const user = userEvent.setup();
    const table = keysPath(seed.orgId, "?sort=desc");
    const { router } = renderWizard({ user: owner, path: keysPath(seed.orgId, "/new?sort=desc"), history: [table] });
    expect((await screen.findByRole("link", { name: "Cancel" })).getAttribute("href")).toBe(table);
    const { publicKey } = await createKey(user, "Made from a sorted table");
    const id = await idOf(publicKey);
    await waitFor(() => expect(here(router)).toBe(keysPath(seed.orgId, `/new?sort=desc&key=${id}`)));
    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    await user.click(button("Next"));
    await user.click(await screen.findByRole("button", { name: "Skip" }));
    await waitFor(() => expect(here(router)).toBe(table));
  });

  it("names the new key in the URL, not its private key, and a reload on step 3 comes back to it", async () => {
    const user = userEvent.setup();
    const { client, router } = renderWizard({ user: owner, path: keysPath(seed.orgId, "/new"), history: [keysPath(seed.orgId)] });
    const { privateKey, publicKey } = await createKey(user, "Reloaded on step 3");
    const id = await idOf(publicKey);
    // Replaced, so Back goes to the table (through the guard), not to an empty step 1.
    await waitFor(() => expect(here(router)).toBe(keysPath(seed.orgId, `/new?key=${id}`)));
    expect(router.state.historyAction).toBe("REPLACE");
    expect(JSON.stringify(router.state)).not.toContain(privateKey);
    expect(cacheText(client)).not.toContain(privateKey);

    await user.click(screen.getByRole("checkbox", { name: "I have copied the private key" }));
    await user.click(button("Next"));
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    // Reached through step 2: no reminder about the private key.
    expect(screen.queryByText(/cannot be shown again/)).toBeNull();

    const restored = reloadWizard(router, owner);
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    expect(await screen.findByText(`API key ${publicKey}`)).toBeTruthy();
    expect(screen.getByText(/cannot be shown again/)).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Description" })).toBeNull();

    // The access list is the new key's: Save sends it there.
    await user.click(button("Add Access List Entry"));
    await user.type(field("New entry 1: IP address or CIDR block"), "203.0.113.9");
    const log = logCalls(server);
    await user.click(button("Save"));
    expect(await screen.findByText("Access list saved.")).toBeTruthy();
    log.stop();
    expect(log.calls.filter((call) => call.method === "POST")).toEqual([
      { method: "POST", path: `/atlas/v2/orgs/${seed.orgId}/apiKeys/${id}/accessList`, body: [{ ipAddress: "203.0.113.9" }] },
    ]);
    expect((await listKeys(seed.orgId)).filter((key) => key.desc === "Reloaded on step 3")).toHaveLength(1);
    await user.click(button("Done"));
    await waitFor(() => expect(restored.state.location.pathname).toBe(keysPath(seed.orgId)));
  });

  it("a reload while the private key is on screen lands on step 3 for that key, which says the private key is gone", async () => {
    const user = userEvent.setup();
    const { router } = renderWizard({ user: owner, path: keysPath(seed.orgId, "/new") });
    const { privateKey, publicKey } = await createKey(user, "Reloaded on step 2");
    const id = await idOf(publicKey);
    await waitFor(() => expect(router.state.location.search).toBe(`?key=${id}`));

    reloadWizard(router, owner);
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    expect(await screen.findByText(/cannot be shown again: if you did not copy it, delete this key/)).toBeTruthy();
    expect(screen.getByText(`API key ${publicKey}`)).toBeTruthy();
    expect(document.body.textContent).not.toContain(privateKey);
    expect((await listKeys(seed.orgId)).filter((key) => key.desc === "Reloaded on step 2")).toHaveLength(1);
  });

  it("says so when the named key is gone, and starts over when the param is not an id", async () => {
    const gone = await makeKey(backend, seed.orgId, "Deleted meanwhile", ["ORG_MEMBER"]);
    await backend.deps.store.deleteKey(gone.id);
    renderWizard({ user: owner, path: keysPath(seed.orgId, `/new?key=${gone.id}`) });
    expect((await screen.findByRole("alert")).textContent).toContain("This API key no longer exists.");
    expect(screen.queryByRole("button", { name: "Add Access List Entry" })).toBeNull();
    cleanup();

    renderWizard({ user: owner, path: keysPath(seed.orgId, "/new?key=not-an-id") });
    expect(await screen.findByRole("textbox", { name: "Description" })).toBeTruthy();
  });

  it("restores step 3 in a project's wizard too", async () => {
    const key = await makeKey(backend, seed.orgId, "Project key, reloaded", ["ORG_MEMBER"]);
    renderProjectPage({ user: owner, path: projectKeysPath(production, `/new?key=${key.id}`) });
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    expect(await screen.findByText(`API key ${key.publicKey}`)).toBeTruthy();
    expect(button("Skip")).toBeTruthy();
  });
});
