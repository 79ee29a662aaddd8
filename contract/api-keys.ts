import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { objectIdSchema } from "./ids.ts";
import { linkSchema, paginatedSchema } from "./pagination.ts";
import { orgRoleSchema, projectRoleSchema } from "./roles.ts";

export const descSchema = z
  .string({ error: "Description is required." })
  .trim()
  .min(LIMITS.descMin, { error: "Description is required." })
  .max(LIMITS.descMax, { error: `Description must be at most ${LIMITS.descMax} characters.` });

const orgRolesSchema = z
  .array(orgRoleSchema, { error: "Roles must be a list of organization roles." })
  .min(1, { error: "Select at least one role." });
const projectRolesSchema = z
  .array(projectRoleSchema, { error: "Roles must be a list of project roles." })
  .min(1, { error: "Select at least one role." });

/** POST /orgs/{orgId}/apiKeys */
export const createOrgApiKeySchema = z.strictObject({ desc: descSchema, roles: orgRolesSchema });
/** PATCH /orgs/{orgId}/apiKeys/{apiUserId}: at least one of the two. */
export const updateOrgApiKeySchema = z
  .strictObject({ desc: descSchema.optional(), roles: orgRolesSchema.optional() })
  .refine((b) => b.desc !== undefined || b.roles !== undefined, { error: "Give desc, roles or both." });
/** POST /groups/{groupId}/apiKeys */
export const createProjectApiKeySchema = z.strictObject({ desc: descSchema, roles: projectRolesSchema });
/** PATCH /groups/{groupId}/apiKeys/{apiUserId}: roles replace the key's roles in the project. */
export const updateProjectApiKeySchema = z
  .strictObject({ desc: descSchema.optional(), roles: projectRolesSchema.optional() })
  .refine((b) => b.desc !== undefined || b.roles !== undefined, { error: "Give desc, roles or both." });
/** POST /groups/{groupId}/apiKeys/{apiUserId}: Atlas takes an array of one assignment. */
export const assignProjectApiKeySchema = z
  .array(z.strictObject({ roles: projectRolesSchema }))
  .length(1, { error: "Send exactly one role assignment." });

export type CreateOrgApiKey = z.infer<typeof createOrgApiKeySchema>;
export type UpdateOrgApiKey = z.infer<typeof updateOrgApiKeySchema>;
export type CreateProjectApiKey = z.infer<typeof createProjectApiKeySchema>;
export type UpdateProjectApiKey = z.infer<typeof updateProjectApiKeySchema>;

export const roleAssignmentSchema = z.object({
  roleName: z.string(),
  orgId: objectIdSchema.optional(),
  groupId: objectIdSchema.optional(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const apiKeySchema = z.object({
  id: objectIdSchema,
  desc: z.string(),
  publicKey: z.string(),
  /** Full only in the create answer; masked everywhere else. */
  privateKey: z.string(),
  roles: z.array(roleAssignmentSchema),
  links: z.array(linkSchema),
  // Our additions (Atlas has no key-level dates); clients that do not know them ignore them.
  created: z.string().optional(),
  lastUsed: z.string().nullable().optional(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const apiKeyPageSchema = paginatedSchema(apiKeySchema);

export const MASK_PREFIX = "********-****-****-";
