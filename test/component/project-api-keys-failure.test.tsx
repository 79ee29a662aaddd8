// The project's table when its list cannot be loaded: the failure and its
// reason instead of an empty table, and a Retry that loads the keys once the
// server answers again.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../contract/session.ts";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { mockBackendForSuite } from "./mock-suite.ts";
import { signIn } from "./org-api-keys-harness.tsx";
import { findProjectRow, projectKeysPath, renderProjectPage } from "./project-api-keys-harness.tsx";

const { server, seed } = mockBackendForSuite();
let production = "";
let owner: CurrentUser;

beforeAll(async () => {
  [production = ""] = seed.projectIds;
  owner = await signIn(MOCK_OWNER);
});

describe("Project API keys table", () => {
  it("shows a failure banner whose Retry loads the keys once the server recovers", async () => {
    let failing = true;
    let calls = 0;
    server.use(
      http.get("/api/atlas/v2/groups/:groupId/apiKeys", () => {
        calls += 1;
        if (!failing) return undefined; // On to the mock backend.
        return HttpResponse.json(
          { error: 503, errorCode: "UNEXPECTED_ERROR", detail: "The service is down for maintenance.", reason: "Service Unavailable", parameters: [] },
          { status: 503 },
        );
      }),
    );
    const user = userEvent.setup();
    renderProjectPage({ user: owner, path: projectKeysPath(production) });

    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain("Could not load API keys");
    expect(banner.textContent).toContain("The service is down for maintenance.");
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByText(/No API keys in this project/)).toBeNull();

    failing = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await findProjectRow("Terraform provisioning");
    await waitFor(() => expect(screen.queryByText("Could not load API keys")).toBeNull());
    expect(calls).toBe(2);
  });
});
