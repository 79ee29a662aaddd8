// Edit API Key and the browser: the step is in the URL (?step=access), so
// Back returns to the first step and a reload stays on the second; leaving
// with changes not saved asks first; the way back keeps the table's query
// string. Also: the description is compared and sent trimmed.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { CreateOrgApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { changesOf } from "../../src/features/org-api-keys/components/edit-api-key-wizard.tsx";
import { button, field, makeKey, reloadWizard, renderWizard } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { here, keysPath, signIn } from "./org-api-keys-harness.tsx";

const { backend, seed } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

const description = () => screen.findByRole("textbox", { name: "Description" }) as Promise<HTMLInputElement>;

async function retype(user: UserEvent, text: string): Promise<void> {
  const input = await description();
  await user.clear(input);
  await user.type(input, text);
}

function unloadPrevented(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("Edit API Key in the browser", () => {
  it("keeps the step in the URL: Back returns to step 1 with what was typed, a reload stays on step 2", async () => {
    const key = await makeKey(backend, seed.orgId, "Report job", ["ORG_MEMBER"]);
    const search = "?q=report&sort=desc";
    const user = userEvent.setup();
    const { router } = renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit${search}`), history: [keysPath(seed.orgId, search)] });
    await retype(user, "Report job v2");
    // Every way back to the table restores the table the user left.
    expect(screen.getByRole("link", { name: "Cancel" }).getAttribute("href")).toBe(keysPath(seed.orgId, search));
    expect(screen.getByRole("link", { name: "Organization API Keys" }).getAttribute("href")).toBe(keysPath(seed.orgId, search));

    await user.click(button("Next"));
    await screen.findByRole("heading", { name: "API Access List" });
    expect(here(router)).toBe(keysPath(seed.orgId, `/${key.id}/edit${search}&step=access`));
    expect(router.state.historyAction).toBe("PUSH");
    expect(screen.getByRole("link", { name: "Cancel" }).getAttribute("href")).toBe(keysPath(seed.orgId, search));

    // The browser's Back: step 1, as the user left it, without asking (this is not leaving).
    act(() => void router.navigate(-1));
    expect((await description()).value).toBe("Report job v2");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(here(router)).toBe(keysPath(seed.orgId, `/${key.id}/edit${search}`));
    act(() => void router.navigate(1));
    await screen.findByRole("heading", { name: "API Access List" });

    // A reload: step 2 again (the key's saved values are the starting point).
    const reloaded = reloadWizard(router, owner);
    expect(await screen.findByRole("heading", { name: "API Access List" })).toBeTruthy();
    // Opened by its URL, Back (the page's button) stays on the page: step 1, in place of step 2.
    await user.click(button("Back"));
    expect((await description()).value).toBe("Report job");
    expect(here(reloaded)).toBe(keysPath(seed.orgId, `/${key.id}/edit${search}`));
    expect(reloaded.state.historyAction).toBe("REPLACE");
  });

  it("asks before leaving with changes not saved; Stay keeps them, Leave goes", async () => {
    const key = await makeKey(backend, seed.orgId, "Guarded job", ["ORG_MEMBER"]);
    const user = userEvent.setup();
    const { router } = renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`), history: [keysPath(seed.orgId)] });
    await description();
    expect(unloadPrevented()).toBe(false);

    await retype(user, "Guarded job, renamed");
    expect(unloadPrevented()).toBe(true);
    act(() => void router.navigate(-1));
    let dialog = await screen.findByRole("alertdialog", { name: "Leave without saving?" });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Stay" })));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect((await description()).value).toBe("Guarded job, renamed");
    expect(router.state.location.pathname).toBe(keysPath(seed.orgId, `/${key.id}/edit`));

    // On step 2, a typed entry is unsaved too; Cancel asks, and Leave leaves.
    await user.click(button("Next"));
    await screen.findByRole("heading", { name: "API Access List" });
    await user.click(button("Add Access List Entry"));
    await user.type(field("New entry 1: IP address or CIDR block"), "203.0.113.10");
    await user.click(screen.getByRole("link", { name: "Cancel" }));
    dialog = await screen.findByRole("alertdialog", { name: "Leave without saving?" });
    await user.click(within(dialog).getByRole("button", { name: "Stay" }));
    expect(field("New entry 1: IP address or CIDR block").value).toBe("203.0.113.10");
    await user.click(screen.getByRole("link", { name: "Cancel" }));
    dialog = await screen.findByRole("alertdialog", { name: "Leave without saving?" });
    await user.click(within(dialog).getByRole("button", { name: "Leave without saving" }));
    expect(await screen.findByRole("heading", { name: "API Keys table" })).toBeTruthy();
    expect(unloadPrevented()).toBe(false);
  });

  it("on step 1, a change typed and undone is no change; a role ticked is one", async () => {
    const key = await makeKey(backend, seed.orgId, "Undone job", ["ORG_MEMBER"]);
    const user = userEvent.setup();
    renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`), history: [keysPath(seed.orgId)] });
    await description();
    await retype(user, "Undone job, renamed");
    expect(unloadPrevented()).toBe(true);
    await retype(user, "Undone job");
    await waitFor(() => expect(unloadPrevented()).toBe(false));
    await user.click(screen.getByRole("checkbox", { name: "Organization Read Only" }));
    await waitFor(() => expect(unloadPrevented()).toBe(true));
  });

  it("on step 1, compares what is typed with the saved key, as Save does: spaces alone, or a change undone after Next and Back, are no change", async () => {
    const key = await makeKey(backend, seed.orgId, "Returning job", ["ORG_MEMBER"]);
    const user = userEvent.setup();
    renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`), history: [keysPath(seed.orgId)] });
    await description();
    await retype(user, "Returning job  ");
    await waitFor(() => expect(unloadPrevented()).toBe(false));
    await retype(user, "Returning job, renamed");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("button", { name: "Back" }));
    expect(await description()).toHaveProperty("value", "Returning job, renamed");
    expect(unloadPrevented()).toBe(true);
    await retype(user, "Returning job");
    await waitFor(() => expect(unloadPrevented()).toBe(false));
  });

  it("leaves at once when nothing changed", async () => {
    const key = await makeKey(backend, seed.orgId, "Untouched job", ["ORG_MEMBER"]);
    const user = userEvent.setup();
    renderWizard({ user: owner, path: keysPath(seed.orgId, `/${key.id}/edit`), history: [keysPath(seed.orgId)] });
    await description();
    await user.click(button("Next"));
    await screen.findByRole("heading", { name: "API Access List" });
    await user.click(screen.getByRole("link", { name: "Cancel" }));
    expect(await screen.findByRole("heading", { name: "API Keys table" })).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  // The form's schema trims already; changesOf must not rely on it.
  it("compares and sends the description trimmed: spaces alone are no change", () => {
    const roles: CreateOrgApiKey["roles"] = ["ORG_MEMBER"];
    expect(changesOf({ desc: "  Trim job v2  ", roles }, { desc: "Trim job", roles })).toEqual({ desc: "Trim job v2" });
    expect(changesOf({ desc: " Trim job ", roles }, { desc: "Trim job", roles })).toBeNull();
  });
});
