// Organization Settings over the mock backend: an owner switches "Require IP
// Access List for the Atlas Administration API" and "Require Multi-Factor
// Authentication (MFA)" and the server keeps each; a reader sees them
// disabled; a refused change says so and the switch stays.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { renderOrgAdminPage } from "./org-admin-harness.tsx";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";

const { server, seed } = mockBackendForSuite();
const settingsPath = () => `/orgs/${seed.orgId}/settings`;
const NAME = "Require IP Access List for the Atlas Administration API";
const MFA = "Require Multi-Factor Authentication (MFA)";

async function serverSettings(): Promise<{ apiAccessListRequired: boolean; multiFactorAuthRequired?: boolean }> {
  const res = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/settings`));
  return (await res.json()) as { apiAccessListRequired: boolean; multiFactorAuthRequired?: boolean };
}
const serverSetting = async () => (await serverSettings()).apiAccessListRequired;

describe("Organization Settings", () => {
  it("lets an owner require an access list, and the server keeps it", async () => {
    const user = userEvent.setup();
    renderOrgAdminPage({ user: await signIn(MOCK_OWNER), path: settingsPath() });
    const toggle = await screen.findByRole("switch", { name: NAME });
    expect(toggle.getAttribute("aria-checked")).toBe("false");
    await user.click(toggle);
    await waitFor(() => expect(toggle.getAttribute("aria-checked")).toBe("true"));
    expect(await serverSetting()).toBe(true);
    await user.click(toggle);
    await waitFor(() => expect(toggle.getAttribute("aria-checked")).toBe("false"));
    expect(await serverSetting()).toBe(false);
  });

  it("lets an owner require two-factor sign-in, and the server keeps it without touching the access-list setting", async () => {
    const user = userEvent.setup();
    renderOrgAdminPage({ user: await signIn(MOCK_OWNER), path: settingsPath() });
    const toggle = await screen.findByRole("switch", { name: MFA });
    expect(toggle.getAttribute("aria-checked")).toBe("false");
    expect(toggle.getAttribute("aria-describedby")).toBeTruthy();
    await user.click(toggle);
    await waitFor(() => expect(toggle.getAttribute("aria-checked")).toBe("true"));
    expect(await serverSettings()).toMatchObject({ multiFactorAuthRequired: true, apiAccessListRequired: false });
    await user.click(toggle);
    await waitFor(() => expect(toggle.getAttribute("aria-checked")).toBe("false"));
    expect((await serverSettings()).multiFactorAuthRequired).toBe(false);
  });

  it("shows a reader the settings, disabled, with who can change them", async () => {
    renderOrgAdminPage({ user: await signIn(MOCK_READER), path: settingsPath() });
    for (const name of [NAME, MFA]) {
      const toggle = await screen.findByRole("switch", { name });
      expect(toggle).toHaveProperty("disabled", true);
    }
    expect(screen.getAllByText(/Only an Organization Owner can change this/)).toHaveLength(2);
  });

  it("says when a change was refused and leaves the switch as it was", async () => {
    const user = userEvent.setup();
    server.use(http.patch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/settings`), () =>
      HttpResponse.json({ error: 403, errorCode: "USER_UNAUTHORIZED", detail: "Only an Organization Owner can do this.", reason: "Forbidden", parameters: [] }, { status: 403 })));
    renderOrgAdminPage({ user: await signIn(MOCK_OWNER), path: settingsPath() });
    const toggle = await screen.findByRole("switch", { name: NAME });
    await user.click(toggle);
    const banner = await screen.findByRole("alert");
    expect(banner.textContent).toContain("The setting was not changed");
    expect(banner.textContent).toContain("Only an Organization Owner can do this.");
    expect(toggle.getAttribute("aria-checked")).toBe("false");
  });
});
