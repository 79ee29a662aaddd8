// POST /api/private/logout, then forget everything cached for this user.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { apiRequest } from "../../../lib/api-client.ts";
import { currentUserQueryKey } from "./current-user.ts";

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiRequest("/private/logout", { method: "POST", sessionRequired: false }),
    // Even if the request failed (e.g. the session had already expired), the
    // user asked to leave: drop local state and show the sign-in page.
    onSettled: async () => {
      await queryClient.cancelQueries();
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, null);
      await navigate("/login", { replace: true });
    },
  });
}
