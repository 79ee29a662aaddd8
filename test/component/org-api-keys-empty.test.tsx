// An organization without keys: the empty state invites the owner to create
// one; a read-only user is told who can.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const { seed } = mockBackendForSuite({ keys: 0 });

describe("API keys empty state", () => {
  it("offers Create API Key to an owner", async () => {
    renderKeysPage({ user: await signIn(MOCK_OWNER), path: keysPath(seed.orgId) });
    expect(await screen.findByRole("heading", { name: "No API keys yet" })).toBeTruthy();
    const links = screen.getAllByRole("link", { name: "Create API Key" });
    // The button above the table and the one in the empty state.
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.getAttribute("href")).toBe(keysPath(seed.orgId, "/new"));
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("offers nothing to create to a read-only user", async () => {
    renderKeysPage({ user: await signIn(MOCK_READER), path: keysPath(seed.orgId) });
    expect(await screen.findByRole("heading", { name: "No API keys yet" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Create API Key" })).toBeNull();
    expect(screen.getByText("An Organization Owner can create one.")).toBeTruthy();
  });
});
