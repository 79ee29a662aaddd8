// The calls behind a one-time link (/invitation#token, /reset-password#token):
// look at the link, then accept it, which signs the person in as a password
// does. The token stays in this page's memory: it is not put in a query key.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { loginAnswerSchema } from "../../../../contract/account.ts";
import type { LinkInfo } from "../../../../contract/people.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { currentUserQueryKey } from "./current-user.ts";
import { applySignInAnswer, isPending } from "./login.ts";

export type LinkPurpose = LinkInfo["purpose"];

const PATHS: Record<LinkPurpose, string> = { invitation: "/private/invitations", "password-reset": "/private/password-reset" };

export function useLinkInfo(purpose: LinkPurpose, token: string) {
  // The token is left out of the key (keys show in devtools); a name made for
  // it keeps a second link of the same kind from being shown the first one's answer.
  const link = useMemo(() => (token === "" ? "" : crypto.randomUUID()), [token]);
  return useQuery({
    queryKey: [`${PATHS[purpose]}/inspect`, { purpose, link }] as const,
    queryFn: () => apiRequest<LinkInfo>(`${PATHS[purpose]}/inspect`, { method: "POST", body: { token }, sessionRequired: false }),
    enabled: token !== "",
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    // Gone with the page: who was invited where is nothing to keep.
    gcTime: 0,
  });
}

export interface AcceptBody {
  password: string;
  firstName?: string;
  lastName?: string;
}

export function useAcceptLink(purpose: LinkPurpose, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The password is in the mutation's variables: dropped as soon as the page is.
    gcTime: 0,
    mutationFn: (body: AcceptBody) =>
      apiRequest(`${PATHS[purpose]}/accept`, { method: "POST", body: { token, ...body }, schema: loginAnswerSchema, sessionRequired: false }),
    onSuccess: (answer) => {
      applySignInAnswer(queryClient, answer);
      // The link replaced whatever session this browser had: nobody is signed in until the step is done.
      if (isPending(answer)) queryClient.setQueryData(currentUserQueryKey, null);
    },
  });
}
