// POST /api/private/login. A 401 (wrong credentials) or 429 (locked out) is
// shown on the form, so it must not count as "session ended".
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { currentUserSchema, type LoginRequest } from "../../../../contract/session.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { currentUserQueryKey } from "./current-user.ts";

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) =>
      apiRequest("/private/login", { method: "POST", body, schema: currentUserSchema, sessionRequired: false }),
    onSuccess: (user) => {
      // Nothing cached under a previous user may show to this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
