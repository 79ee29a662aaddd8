// A user without Organization Owner who opens a key wizard's URL is told why
// there is no form, and how to get back.
import { screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_READER } from "../../mocks/seed.ts";
import { logCalls, renderWizard } from "./key-wizard-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keysPath, listKeys, signIn } from "./org-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let reader: CurrentUser;

beforeAll(async () => {
  reader = await signIn(MOCK_READER);
});

describe("Key wizards for a read-only user", () => {
  it.each([
    ["Create API Key", "/new"],
    ["Edit API Key", "/{key}/edit"],
  ])("%s shows that the Organization Owner role is needed, not a form", async (title, rest) => {
    const [someKey] = await listKeys(seed.orgId);
    const log = logCalls(server);
    renderWizard({ user: reader, path: keysPath(seed.orgId, rest.replace("{key}", someKey?.id ?? "")) });
    expect(await screen.findByRole("heading", { name: title })).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("You need the Organization Owner role");
    expect(screen.getByRole("link", { name: "Back to API Keys" }).getAttribute("href")).toBe(keysPath(seed.orgId));
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
    expect(log.calls).toEqual([]);
    log.stop();
  });
});
