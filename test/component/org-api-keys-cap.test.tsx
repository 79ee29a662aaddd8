// At the organization's limit of 500 keys, Create API Key is a disabled
// button that says why, rather than a wizard that would fail at its end.
import { screen, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../contract/limits.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { keysPath, renderKeysPage, signIn } from "./org-api-keys-harness.tsx";

const { seed } = mockBackendForSuite({ keys: LIMITS.keysPerOrg });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
}, 30_000);

describe("the key limit", () => {
  it("disables Create API Key with the reason at 500 keys", async () => {
    renderKeysPage({ user: owner, path: keysPath(seed.orgId) });
    const create = await screen.findByRole("button", { name: "Create API Key" });
    await waitFor(() => expect(create.hasAttribute("disabled")).toBe(true));
    const reason = document.getElementById(create.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toBe("This organization has 500 API keys, the most it can hold. Delete one to create another.");
    expect(screen.queryByRole("link", { name: "Create API Key" })).toBeNull();
  }, 30_000);
});
