// The Accept invitation / Reset password page over the mock backend (the real
// server app): the token comes from the fragment and leaves the address bar,
// refusals of the password show next to the field, a good one signs the
// invitee in, and a broken link says so.
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { MOCK_OWNER } from "../../mocks/seed.ts";
import { createQueryClient } from "../../src/app/providers.tsx";
import { AcceptLinkPage } from "../../src/features/session/components/accept-link-page.tsx";
import { apiUrl, signIn } from "./org-api-keys-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";

const { seed } = mockBackendForSuite();

async function invitationToken(email: string): Promise<string> {
  const owner = await signIn(MOCK_OWNER);
  const res = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/users`), {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": owner.csrfToken },
    body: JSON.stringify({ username: email, roles: { orgRoles: ["ORG_READ_ONLY"] } }),
  });
  const body = (await res.json()) as { invitationUrl: string };
  return body.invitationUrl.split("#")[1] ?? "";
}

function renderPage(entry: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(
    [
      { path: "/invitation", element: <AcceptLinkPage purpose="invitation" /> },
      { path: "/reset-password", element: <AcceptLinkPage purpose="password-reset" /> },
      { path: "/", element: <p>Console home</p> },
    ],
    { initialEntries: [entry] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe("Accept invitation page", () => {
  it("reads the token from the fragment, drops it from the address, refuses a weak password by its field, then signs in", async () => {
    const user = userEvent.setup();
    const token = await invitationToken("new.person@example.com");
    const router = renderPage(`/invitation#${token}`);
    expect(await screen.findByText(/You were invited to .* as new\.person@example\.com/)).toBeTruthy();
    expect(router.state.location.hash).toBe("");

    const form = screen.getByRole("form", { name: "Accept invitation" });
    await user.type(within(form).getByLabelText("First name"), "Nova");
    await user.type(within(form).getByLabelText("Password"), "password1234");
    await user.click(within(form).getByRole("button", { name: "Accept and sign in" }));
    expect(await within(form).findByText(/common or easy to guess/)).toBeTruthy();
    expect((within(form).getByLabelText("First name") as HTMLInputElement).value).toBe("Nova");

    await user.clear(within(form).getByLabelText("Password"));
    await user.type(within(form).getByLabelText("Password"), "tundra-quill-81-marsh-ember");
    await user.click(within(form).getByRole("button", { name: "Accept and sign in" }));
    expect(await screen.findByText("Console home")).toBeTruthy();
  });

  it("shows a second link opened on the same page (only the fragment changes) as that link, not the first", async () => {
    const first = await invitationToken("first.link@example.com");
    const second = await invitationToken("second.link@example.com");
    const router = renderPage(`/invitation#${first}`);
    expect(await screen.findByText(/as first\.link@example\.com/)).toBeTruthy();
    await router.navigate(`/invitation#${second}`);
    expect(await screen.findByText(/as second\.link@example\.com/)).toBeTruthy();
    expect(screen.queryByText(/as first\.link@example\.com/)).toBeNull();
    expect(router.state.location.hash).toBe("");
  });

  it("resets a member's password from an owner's link and signs them in", async () => {
    const user = userEvent.setup();
    const owner = await signIn(MOCK_OWNER);
    const headers = { "Content-Type": "application/json", "X-CSRF-Token": owner.csrfToken };
    const invited = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/users`), { method: "POST", headers, body: JSON.stringify({ username: "forgetful@example.com", roles: { orgRoles: ["ORG_MEMBER"] } }) });
    const { id, invitationUrl } = (await invited.json()) as { id: string; invitationUrl: string };
    await fetch(apiUrl("/private/invitations/accept"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token: invitationUrl.split("#")[1], password: "first-quartz-92-lagoon-fern" }) });
    const again = await signIn(MOCK_OWNER);
    const link = await fetch(apiUrl(`/atlas/v2/orgs/${seed.orgId}/users/${id}/passwordResetLink`), { method: "POST", headers: { "X-CSRF-Token": again.csrfToken } });
    const { url } = (await link.json()) as { url: string };

    renderPage(`/reset-password#${url.split("#")[1] ?? ""}`);
    const form = await screen.findByRole("form", { name: "Reset password" });
    expect(screen.getByText(/Choose a new password for forgetful@example\.com/)).toBeTruthy();
    await user.type(within(form).getByLabelText("New password"), "second-quartz-93-lagoon-fern");
    await user.click(within(form).getByRole("button", { name: "Set password and sign in" }));
    expect(await screen.findByText("Console home")).toBeTruthy();
  });

  it("says a link does not work when it is incomplete or was used", async () => {
    renderPage("/invitation#not-a-token");
    expect(await screen.findByText("This link does not work")).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("says so for a well-formed token that matches no invitation", async () => {
    renderPage(`/invitation#${"ab".repeat(32)}`);
    expect(await screen.findByText(/This link is not valid/)).toBeTruthy();
  });
});
