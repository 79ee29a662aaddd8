// A project's Create API Key makes an organization key, so at the
// organization's limit of 500 keys it is disabled with the reason, as on the
// organization's page; Invite to Project (an existing key) stays available.
import { screen, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../contract/limits.ts";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { signIn } from "./org-api-keys-harness.tsx";
import { findProjectRow, projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { seed } = mockBackendForSuite({ keys: LIMITS.keysPerOrg });
let owner: CurrentUser;

beforeAll(async () => {
  owner = await signIn(MOCK_OWNER);
}, 30_000);

describe("the key limit on a project's page", () => {
  it("disables Create API Key with the reason at 500 organization keys", async () => {
    const [production = ""] = seed.projectIds;
    renderProjectPage({ user: owner, path: projectKeysPath(production) });
    await findProjectRow("Terraform provisioning");
    const create = await screen.findByRole("button", { name: "Create API Key" });
    await waitFor(() => expect(create.hasAttribute("disabled")).toBe(true));
    const reason = document.getElementById(create.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toBe("This organization has 500 API keys, the most it can hold. Delete one to create another.");
    expect(screen.queryByRole("link", { name: "Create API Key" })).toBeNull();
    expect(screen.getByRole("link", { name: "Invite to Project" })).toBeTruthy();
  }, 30_000);
});
