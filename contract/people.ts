// People management: the Atlas v2 request bodies for org and project users
// (our own schemas of OrgUserRequest, OrgUserUpdateRequest, GroupUserRequest,
// UpdateGroupRolesForUser), the one-time links we add (Atlas has no API for
// them), and the unauthenticated accept calls under /api/private.
import { z } from "zod";
import { personName } from "./account.ts";
import { objectIdSchema } from "./ids.ts";
import { ORG_ROLES, PROJECT_ROLES, orgRoleSchema, projectRoleSchema } from "./roles.ts";

/** Atlas's invitation lifetime (contract notes §8): not configurable. */
export const INVITATION_DAYS = 30;
/** A password-reset link lives as long as an invitation (issue 15: "same link rules"). */
export const RESET_LINK_DAYS = 30;
/** Project assignments in one request: more projects than an org usually has, few enough to bound the work. */
export const MAX_ASSIGNMENTS = 100;

const unique = (list: readonly string[]) => new Set(list).size === list.length;

export const usernameSchema = z
  .string()
  .trim()
  .max(254, { error: "An email address has at most 254 characters." })
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }));

const groupRolesSchema = z.array(projectRoleSchema).min(1, { error: "Give at least one project role." }).max(PROJECT_ROLES.length)
  .refine(unique, { error: "Name each role once." });

export const groupRoleAssignmentSchema = z.strictObject({ groupId: objectIdSchema, groupRoles: groupRolesSchema });

export const orgUserRolesRequestSchema = z.strictObject({
  orgRoles: z.array(orgRoleSchema).min(1, { error: "Give at least one organization role." }).max(ORG_ROLES.length)
    .refine(unique, { error: "Name each role once." }),
  groupRoleAssignments: z.array(groupRoleAssignmentSchema).max(MAX_ASSIGNMENTS)
    .refine((a) => unique(a.map((g) => g.groupId)), { error: "Name each project once." })
    .optional(),
});
export type OrgUserRolesRequest = z.infer<typeof orgUserRolesRequestSchema>;

// Teams do not exist here: an empty list is accepted (clients send it), any team is refused.
const noTeams = z.array(objectIdSchema).max(0, { error: "Teams are not supported by this server." });

/** POST /orgs/{orgId}/users: invite by email. */
export const orgUserRequestSchema = z.strictObject({ username: usernameSchema, roles: orgUserRolesRequestSchema, teamIds: noTeams.optional() });
export type OrgUserRequest = z.infer<typeof orgUserRequestSchema>;

/** Ours: POST /orgs/{orgId}/invitations, several emails with the same roles, all or none (the console's Invite Users). */
export const MAX_BATCH_INVITES = 50;
export const invitationBatchSchema = z.strictObject({
  usernames: z.array(usernameSchema).min(1, { error: "Enter at least one email address." }).max(MAX_BATCH_INVITES, { error: `Invite at most ${MAX_BATCH_INVITES} people at once.` })
    .refine(unique, { error: "Name each email address once." }),
  roles: orgUserRolesRequestSchema,
});
export type InvitationBatch = z.infer<typeof invitationBatchSchema>;

/** PATCH /orgs/{orgId}/users/{userId}: what is sent replaces what was there. */
export const orgUserUpdateSchema = z.strictObject({ roles: orgUserRolesRequestSchema.optional(), teamIds: noTeams.optional() });
export type OrgUserUpdate = z.infer<typeof orgUserUpdateSchema>;

/** POST /groups/{groupId}/users: an org member (or a pending invitee) gets project roles. */
export const groupUserRequestSchema = z.strictObject({ username: usernameSchema, roles: groupRolesSchema });
/** PUT /groups/{groupId}/users/{userId}/roles (Atlas's UpdateGroupRolesForUser): replaces the roles. */
export const groupRolesUpdateSchema = z.strictObject({ groupRoles: groupRolesSchema });

/** Ours: answers of the link-issuing calls; the URL is shown once and stored nowhere. */
export const issuedLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });
export type IssuedLink = z.infer<typeof issuedLinkSchema>;

/** The token of a one-time link: 64 hex characters, in the link's fragment. */
export const linkTokenSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: "This link is not valid." });

/**
 * POST /api/private/invitations/accept. For a new account the password is
 * the one to set (Account page rules); for someone who has an account
 * already it is their current password, so whoever holds the link alone
 * cannot take over an existing account.
 */
export const acceptInvitationSchema = z.strictObject({
  token: linkTokenSchema,
  firstName: personName("First name").optional(),
  lastName: personName("Last name").optional(),
  password: z.string().min(1, { error: "Enter a password." }).max(1024, { error: "Use at most 1024 characters." }),
});
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;

/** POST /api/private/password-reset/accept: the new password. */
export const acceptResetSchema = z.strictObject({
  token: linkTokenSchema,
  password: z.string().min(1, { error: "Enter a password." }).max(1024, { error: "Use at most 1024 characters." }),
});
export type AcceptReset = z.infer<typeof acceptResetSchema>;

/** POST /api/private/links/inspect: what the page shows before the invitee acts. */
export const linkInspectRequestSchema = z.strictObject({ token: linkTokenSchema });
export const linkInfoSchema = z.object({
  purpose: z.enum(["invitation", "password-reset"]),
  email: z.string(),
  orgName: z.string(),
  expiresAt: z.string(),
  /** The invitee has no account yet: they choose a name and a password (else they confirm their password). */
  newAccount: z.boolean(),
});
export type LinkInfo = z.infer<typeof linkInfoSchema>;
