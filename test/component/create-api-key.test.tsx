// Create API Key, step 1: checks before anything is sent, and server
// refusals shown next to the field or in a banner with what was typed kept.
import { screen } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { button, field, logCalls, renderWizard, role } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keysPath, listKeys, signIn } from "./org-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
});

async function fillInfo(user: UserEvent, desc: string, roleLabel: string): Promise<void> {
  await user.type(await screen.findByRole("textbox", { name: "Description" }), desc);
  await user.click(role(roleLabel));
}

describe("Create API Key", () => {
  it("checks Description on blur and both fields on Next, and sends nothing until they pass", async () => {
    const user = userEvent.setup();
    const log = logCalls(server);
    renderWizard({ user: owner, path: keysPath(seed.orgId, "/new") });

    await user.click(await screen.findByRole("textbox", { name: "Description" }));
    await user.tab();
    expect(await screen.findByText("Description is required.")).toBeTruthy();

    await user.click(button("Next"));
    expect(await screen.findByText("Select at least one role.")).toBeTruthy();
    expect(field("Description").getAttribute("aria-invalid")).toBe("true");

    await user.type(field("Description"), "x".repeat(251));
    await user.tab();
    expect(await screen.findByText("Description must be at most 250 characters.")).toBeTruthy();
    expect(log.calls.filter((call) => call.method !== "GET")).toEqual([]);
    log.stop();
  });

  it("shows a refusal next to the field or in a banner, keeping what was typed", async () => {
    const user = userEvent.setup();
    renderWizard({ user: owner, path: keysPath(seed.orgId, "/new") });
    await fillInfo(user, "Deploy bot", "Organization Read Only");

    server.use(
      http.post(
        "*/api/atlas/v2/orgs/:orgId/apiKeys",
        () =>
          HttpResponse.json(
            {
              error: 400,
              errorCode: "INVALID_API_KEY_DESC",
              detail: "desc: Description contains characters that are not allowed.",
              badRequestDetail: { fields: [{ field: "desc", description: "Description contains characters that are not allowed." }] },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    await user.click(button("Next"));
    expect(await screen.findByText("Description contains characters that are not allowed.")).toBeTruthy();
    expect(field("Description").value).toBe("Deploy bot");
    expect(role("Organization Read Only").checked).toBe(true);

    server.use(
      http.post(
        "*/api/atlas/v2/orgs/:orgId/apiKeys",
        () => HttpResponse.json({ error: 500, errorCode: "UNEXPECTED_ERROR", detail: "The store is read-only." }, { status: 500 }),
        { once: true },
      ),
    );
    await user.click(button("Next"));
    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain("Could not create the API key");
    expect(banner.textContent).toContain("The store is read-only.");
    expect(field("Description").value).toBe("Deploy bot");
    expect(role("Organization Read Only").checked).toBe(true);
    expect((await listKeys(seed.orgId)).map((key) => key.desc)).not.toContain("Deploy bot");

    await user.click(button("Next"));
    expect(await screen.findByRole("group", { name: "Private Key" })).toBeTruthy();
    expect((await listKeys(seed.orgId)).map((key) => key.desc)).toContain("Deploy bot");
  });
});
