// Deleting a key: a guarded confirmation, the row gone at once, and back in
// its place when the server refuses.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiKey } from "../../contract/api-keys.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { bodyRows, cellTexts, findRow, keyByDesc, keysPath, listKeys, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite({ keys: 6 });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

/** Holds the next DELETE of a key until release(); then `answer` replies, or the real backend does. */
function holdNextDelete(answer?: () => Response): { release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.delete(
      "*/api/atlas/v2/orgs/:orgId/apiKeys/:keyId",
      async () => {
        await gate;
        return answer?.();
      },
      { once: true },
    ),
  );
  return { release };
}

async function openDelete(user: UserEvent, apiKey: ApiKey): Promise<HTMLElement> {
  const row = await findRow(apiKey.desc);
  await user.click(within(row).getByRole("button", { name: `Actions for ${apiKey.publicKey}` }));
  await user.click(await screen.findByRole("menuitem", { name: "Delete" }));
  return screen.findByRole("alertdialog", { name: `Delete API key ${apiKey.publicKey}?` });
}

const seededKey = (desc: string): Promise<ApiKey> => keyByDesc(seed.orgId, desc);

function descriptions(): string[] {
  return bodyRows().map((row) => cellTexts(row)[1] ?? "");
}

describe("Delete API key", () => {
  it("names the projects, starts on Cancel, and Escape cancels", async () => {
    const terraform = await seededKey("Terraform provisioning");
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });

    const dialog = await openDelete(user, terraform);
    expect(dialog.textContent).toContain("also removed from every project it belongs to");
    expect(within(dialog).getByRole("listitem").textContent).toBe("Production");
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(descriptions()).toContain(terraform.desc);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: `Actions for ${terraform.publicKey}` })),
    );
  });

  it("enables Delete only for the typed public key, removes the row at once and confirms", async () => {
    const billing = await seededKey("Billing export");
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });

    const dialog = await openDelete(user, billing);
    const confirm = within(dialog).getByRole("button", { name: "Delete" }) as HTMLButtonElement;
    const field = within(dialog).getByRole("textbox", { name: `Type ${billing.publicKey} to confirm` });
    expect(confirm.disabled).toBe(true);
    await user.type(field, billing.publicKey.slice(0, -1));
    expect(confirm.disabled).toBe(true);
    await user.type(field, billing.publicKey.slice(-1));
    expect(confirm.disabled).toBe(false);

    const held = holdNextDelete();
    await user.click(confirm);
    // Gone while the server has not answered yet.
    await waitFor(() => expect(descriptions()).not.toContain(billing.desc));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    held.release();

    expect(await screen.findByText(`API key ${billing.publicKey} deleted.`)).toBeTruthy();
    expect((await listKeys(seed.orgId)).map((key) => key.id)).not.toContain(billing.id);
    expect(descriptions()).not.toContain(billing.desc);
  });

  it("puts the row back where it was and says why when the server refuses", async () => {
    const victim = await seededKey("Read-only dashboards");
    const user = userEvent.setup();
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    await findRow(victim.desc);
    const before = descriptions();

    const dialog = await openDelete(user, victim);
    await user.type(within(dialog).getByRole("textbox"), victim.publicKey);
    const held = holdNextDelete(() =>
      HttpResponse.json({ error: 500, errorCode: "UNEXPECTED_ERROR", detail: "The store is read-only." }, { status: 500 }),
    );
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(descriptions()).not.toContain(victim.desc));
    held.release();

    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain(`Could not delete API key ${victim.publicKey}`);
    expect(banner.textContent).toContain("The store is read-only.");
    await waitFor(() => expect(descriptions()).toEqual(before));
    expect((await listKeys(seed.orgId)).map((key) => key.id)).toContain(victim.id);
  });
});
