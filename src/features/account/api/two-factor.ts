// Two-factor setup, confirmation and turning it off. The seed (setup) and the
// recovery codes (confirm) exist only in these answers: plain calls kept in
// the calling component's state, never a query or a mutation, so nothing of
// them stays in React Query's caches once the dialog closes.
import type { TwoFactorSetup } from "../../../../contract/account.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export function startTwoFactorSetup(password?: string): Promise<TwoFactorSetup> {
  return apiRequest<TwoFactorSetup>("/private/account/two-factor/setup", { method: "POST", body: password === undefined ? {} : { password } });
}

export async function confirmTwoFactor(code: string): Promise<string[]> {
  const answer = await apiRequest<{ recoveryCodes: string[] }>("/private/account/two-factor/confirm", { method: "POST", body: { code } });
  return answer.recoveryCodes;
}

export async function disableTwoFactor(password: string): Promise<void> {
  await apiRequest("/private/account/two-factor/disable", { method: "POST", body: { password } });
}
