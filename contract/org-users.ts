// Members of an organization or project in Atlas's two shapes: 2025-02-19
// (OrgUserResponse / GroupUserResponse, active and pending users) and the
// older 2023-01-01 (CloudAppUser, active users only) that clients without a
// version get. Request bodies are in people.ts.
import { z } from "zod";
import { objectIdSchema } from "./ids.ts";
import { linkSchema, pageParamsSchema } from "./pagination.ts";

export const MEMBERSHIP_STATUSES = ["PENDING", "ACTIVE", "INVITATION_EXPIRED", "INVITATION_REJECTED"] as const;

export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const userListParamsSchema = pageParamsSchema.extend({
  username: z.string().max(254).optional(),
  orgMembershipStatus: z.enum(MEMBERSHIP_STATUSES).optional(),
  /** Repeatable; the route gathers every value. */
  orgMembershipStatuses: z.array(z.enum(MEMBERSHIP_STATUSES)).max(4).optional(),
});
export type UserListParams = z.infer<typeof userListParamsSchema>;

const activeUserFields = {
  id: objectIdSchema,
  username: z.string(),
  orgMembershipStatus: z.literal("ACTIVE"),
  createdAt: z.string(),
  // From the Account page (or the invitation's acceptance); empty when never given, as the schema requires them.
  firstName: z.string(),
  lastName: z.string(),
  // Atlas sends null for a user without a number (not declared nullable; recorded answers).
  mobileNumber: z.null(),
  /** The last completed console sign-in; absent before the first. */
  lastAuth: z.string().optional(),
};

const pendingUserFields = {
  id: objectIdSchema,
  username: z.string(),
  orgMembershipStatus: z.enum(["PENDING", "INVITATION_EXPIRED"]),
  invitationCreatedAt: z.string(),
  invitationExpiresAt: z.string(),
  inviterUsername: z.string(),
};

const orgRolesView = z.object({
  orgRoles: z.array(z.string()),
  groupRoleAssignments: z.array(z.object({ groupId: objectIdSchema, groupRoles: z.array(z.string()) })),
});

export const activeOrgUserSchema = z.object({ ...activeUserFields, roles: orgRolesView, teamIds: z.array(z.string()) });
export const pendingOrgUserSchema = z.object({ ...pendingUserFields, roles: orgRolesView, teamIds: z.array(z.string()) });
export const orgUserSchema = z.discriminatedUnion("orgMembershipStatus", [activeOrgUserSchema, pendingOrgUserSchema]);
export type OrgUser = z.infer<typeof orgUserSchema>;
export type PendingOrgUser = z.infer<typeof pendingOrgUserSchema>;

/** Ours: the create answer carries the one-time invitation link, shown once. */
export const invitedOrgUserSchema = pendingOrgUserSchema.extend({ invitationUrl: z.string() });
export type InvitedOrgUser = z.infer<typeof invitedOrgUserSchema>;

export const groupUserSchema = z.discriminatedUnion("orgMembershipStatus", [
  z.object({ ...activeUserFields, roles: z.array(z.string()) }),
  z.object({ ...pendingUserFields, roles: z.array(z.string()) }),
]);
export type GroupUser = z.infer<typeof groupUserSchema>;

export const cloudAppUserSchema = z.object({
  id: objectIdSchema,
  username: z.string(),
  emailAddress: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  mobileNumber: z.null(),
  createdAt: z.string(),
  roles: z.array(z.object({ orgId: objectIdSchema.optional(), groupId: objectIdSchema.optional(), roleName: z.string() })),
  teamIds: z.array(z.string()),
  links: z.array(linkSchema),
});
export type CloudAppUser = z.infer<typeof cloudAppUserSchema>;
