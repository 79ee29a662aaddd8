// The Account page over the mock backend: password refusals next to their
// fields, two-factor enrolment with a code computed from the shown key, the
// recovery codes behind "I have saved", and nothing secret left in React
// Query's caches once the dialog closes.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as OTPAuth from "otpauth";
import { describe, expect, it } from "vitest";
import { MOCK_OWNER, MOCK_READER } from "../../mocks/seed.ts";
import { cachedText, renderAccountPage } from "./account-harness.tsx";
import { signIn } from "./org-api-keys-harness.tsx";
import { mockBackendForSuite } from "./mock-suite.ts";

mockBackendForSuite();

describe("Account page", () => {
  it("shows the server's refusals of a new password next to the field that caused them", async () => {
    const user = userEvent.setup();
    renderAccountPage(await signIn(MOCK_READER));
    const form = await screen.findByRole("form", { name: "Change password" });
    await user.type(within(form).getByLabelText("Current password"), MOCK_READER.password);
    await user.type(within(form).getByLabelText("New password"), "short");
    await user.click(within(form).getByRole("button", { name: "Change password" }));
    expect(await within(form).findByText("Use at least 12 characters.")).toBeTruthy();

    await user.clear(within(form).getByLabelText("New password"));
    await user.type(within(form).getByLabelText("New password"), "password1234");
    await user.click(within(form).getByRole("button", { name: "Change password" }));
    expect(await within(form).findByText(/common or easy to guess/)).toBeTruthy();
    expect((within(form).getByLabelText("New password") as HTMLInputElement).value).toBe("password1234");

    await user.clear(within(form).getByLabelText("Current password"));
    await user.type(within(form).getByLabelText("Current password"), "not-my-password");
    await user.clear(within(form).getByLabelText("New password"));
    await user.type(within(form).getByLabelText("New password"), "plum-orbit-lantern-quietly-47");
    await user.click(within(form).getByRole("button", { name: "Change password" }));
    expect(await within(form).findByText("The password is incorrect.")).toBeTruthy();
  });

  it("enrols with a code from the shown key and shows the recovery codes once, caching none of it", async () => {
    const user = userEvent.setup();
    const { client } = renderAccountPage(await signIn(MOCK_READER));
    await user.click(await screen.findByRole("button", { name: "Set up two-factor sign-in" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Set up two-factor sign-in" });
    await within(dialog).findByRole("img", { name: "QR code to scan with your authenticator app" });
    const secret = dialog.querySelector("code")?.textContent ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await user.type(within(dialog).getByLabelText("Authentication code"), "12345");
    await user.click(within(dialog).getByRole("button", { name: "Verify and turn on" }));
    expect(within(dialog).getByText("Enter the 6-digit code your app shows.")).toBeTruthy();

    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
    await user.clear(within(dialog).getByLabelText("Authentication code"));
    await user.type(within(dialog).getByLabelText("Authentication code"), code);
    await user.click(within(dialog).getByRole("button", { name: "Verify and turn on" }));
    const list = await within(dialog).findByRole("list", { name: "Recovery codes" });
    const codes = within(list).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(codes).toHaveLength(10);
    const done = within(dialog).getByRole("button", { name: "Done" });
    expect(done).toHaveProperty("disabled", true);
    await user.click(within(dialog).getByLabelText("I have saved my recovery codes"));
    await user.click(done);

    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(await screen.findByText(/On\. Sign-in asks for a code.*10 of 10 recovery codes left/)).toBeTruthy();
    expect(document.body.textContent).not.toContain(codes[0]);
    const cached = cachedText(client);
    expect(cached).not.toContain(secret);
    for (const c of codes) expect(cached).not.toContain(c);
  });

  it("lists this session and keeps Sign out of other sessions off when there are none", async () => {
    // The owner: the reader has two-factor sign-in after the test above.
    renderAccountPage(await signIn(MOCK_OWNER));
    const section = (await screen.findByRole("heading", { name: "Active sessions" })).closest("section") as HTMLElement;
    expect(await within(section).findByText(/\(this session\)/)).toBeTruthy();
    expect(within(section).getByRole("button", { name: "Sign out of other sessions" })).toHaveProperty("disabled", true);
  });
});
