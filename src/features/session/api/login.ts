// POST /api/private/login. A 401 (wrong credentials) or 429 (locked out) is
// shown on the form, so it must not count as "session ended".
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { loginAnswerSchema, type PendingSignIn } from "../../../../contract/account.ts";
import type { CurrentUser, LoginRequest } from "../../../../contract/session.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { currentUserQueryKey } from "./current-user.ts";
import { pendingSignInKey } from "./pending-sign-in.ts";

export const isPending = (answer: CurrentUser | PendingSignIn): answer is PendingSignIn => "signInStep" in answer;

/** What every sign-in (a password, an accepted invitation or reset link) does with its answer. */
export function applySignInAnswer(queryClient: QueryClient, answer: CurrentUser | PendingSignIn): void {
  // Nothing cached under a previous user may show to this one.
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
  // A code or an enrolment is due first: the limited session's token, and no user yet.
  if (isPending(answer)) queryClient.setQueryData(pendingSignInKey, answer);
  else queryClient.setQueryData(currentUserQueryKey, answer);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    // The password is in the mutation's variables: dropped as soon as the sign-in page is.
    gcTime: 0,
    mutationFn: (body: LoginRequest) =>
      apiRequest("/private/login", { method: "POST", body, schema: loginAnswerSchema, sessionRequired: false }),
    onSuccess: (answer) => applySignInAnswer(queryClient, answer),
  });
}
