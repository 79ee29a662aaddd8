// A sign-in whose password was right but which is not finished: a code is
// due, or enrolment in two-factor sign-in. Its limited session's CSRF token
// is kept here (the api client sends it while no user is signed in).
import type { QueryClient } from "@tanstack/react-query";
import type { PendingSignIn } from "../../../../contract/account.ts";
import type { CurrentUser } from "../../../../contract/session.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export const pendingSignInKey = ["/private/login#pending", {}] as const;

export function pendingCsrfToken(client: QueryClient): string | undefined {
  return client.getQueryData<PendingSignIn>(pendingSignInKey)?.csrfToken;
}

/** The second step: a TOTP code or a recovery code. */
export function verifySignInCode(code: string): Promise<CurrentUser> {
  return apiRequest<CurrentUser>("/private/login/verify", { method: "POST", body: { code }, sessionRequired: false });
}
