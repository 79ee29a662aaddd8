// Members of an organization or project, read-only, in Atlas's two shapes:
// 2025-02-19 (OrgUserResponse / GroupUserResponse) and the older 2023-01-01
// (CloudAppUser, active users only) that clients without a version get.
import { z } from "zod";
import { objectIdSchema } from "./ids.ts";
import { linkSchema, pageParamsSchema } from "./pagination.ts";

export const MEMBERSHIP_STATUSES = ["PENDING", "ACTIVE", "INVITATION_EXPIRED", "INVITATION_REJECTED"] as const;

export const userListParamsSchema = pageParamsSchema.extend({
  username: z.string().max(254).optional(),
  orgMembershipStatus: z.enum(MEMBERSHIP_STATUSES).optional(),
});
export type UserListParams = z.infer<typeof userListParamsSchema>;

const activeUserFields = {
  id: objectIdSchema,
  username: z.string(),
  orgMembershipStatus: z.literal("ACTIVE"),
  createdAt: z.string(),
  // Not recorded here (users are made with the CLI, by email only): empty, as the schema requires them.
  firstName: z.string(),
  lastName: z.string(),
  // Atlas sends null for a user without a number (not declared nullable; recorded answers).
  mobileNumber: z.null(),
};

export const orgUserSchema = z.object({
  ...activeUserFields,
  roles: z.object({
    orgRoles: z.array(z.string()),
    groupRoleAssignments: z.array(z.object({ groupId: objectIdSchema, groupRoles: z.array(z.string()) })),
  }),
  teamIds: z.array(z.string()),
});
export type OrgUser = z.infer<typeof orgUserSchema>;

export const groupUserSchema = z.object({ ...activeUserFields, roles: z.array(z.string()) });
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
