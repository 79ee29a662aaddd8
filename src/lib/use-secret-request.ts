// A request whose answer carries a secret in full (a new API key's private
// key, a service account's client secret): deliberately NOT a useMutation,
// whose data stays in the MutationCache (and in devtools) after the dialog
// ends. The caller keeps the answer in component state only and drops the
// secret once the user has copied it. What it changed is refreshed after.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { apiRequest } from "./api-client.ts";
import { invalidateFamilies } from "./invalidate-key-queries.ts";

export interface SecretRequest {
  path: string;
  body: unknown;
}

export function useSecretRequest<V, T>(
  build: (values: V) => SecretRequest,
  families: readonly string[],
  /** The resource version the endpoint answers in (see RequestOptions.accept). */
  accept?: string,
): (values: V) => Promise<T> {
  const queryClient = useQueryClient();
  // The latest builder, so the returned function stays stable across renders.
  const buildRef = useRef(build);
  buildRef.current = build;
  return useCallback(
    async (values: V) => {
      const { path, body } = buildRef.current(values);
      const answer = await apiRequest<T>(path, { method: "POST", body, accept });
      // The lists refetch with the secret masked, as every read does.
      void invalidateFamilies(queryClient, families);
      return answer;
    },
    [queryClient, families, accept],
  );
}
