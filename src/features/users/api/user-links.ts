// The requests whose answer carries a one-time link (an invitation, a new
// invitation link, a password-reset link): never cached mutations (see
// useSecretRequest), so the link lives only in the dialog's state and is gone
// with it. The user lists refresh afterwards.
import type { InvitationBatch } from "../../../../contract/people.ts";
import type { InvitedOrgUser } from "../../../../contract/org-users.ts";
import type { IssuedLink } from "../../../../contract/people.ts";
import { useSecretRequest } from "../../../lib/use-secret-request.ts";
import { orgUserPath, USER_FAMILIES, USERS_MEDIA_TYPE } from "./user-types.ts";

/** POST /orgs/{orgId}/invitations: every email with the same roles, all or none, each with its link. */
export function useInviteUsers(orgId: string) {
  return useSecretRequest<InvitationBatch, { results: InvitedOrgUser[] }>(
    (body) => ({ path: `/atlas/v2/orgs/${encodeURIComponent(orgId)}/invitations`, body }),
    USER_FAMILIES,
    USERS_MEDIA_TYPE,
  );
}

export type LinkKind = "invitationLink" | "passwordResetLink";

/** POST .../users/{userId}/invitationLink or /passwordResetLink: a new link; the old one of that kind stops. */
export function useIssueLink(orgId: string, kind: LinkKind) {
  return useSecretRequest<string, IssuedLink>(
    (userId) => ({ path: `${orgUserPath(orgId, userId)}/${kind}`, body: undefined }),
    USER_FAMILIES,
    USERS_MEDIA_TYPE,
  );
}
