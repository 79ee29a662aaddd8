// Service accounts (Atlas resource version 2024-08-05): a client ID and up to
// two secrets that a program trades for a one-hour Bearer token (OAuth 2.0
// client credentials). Our own schemas of the shapes the contract notes list.
import { z } from "zod";
import { paginatedSchema } from "./pagination.ts";
import { orgRoleSchema, projectRoleSchema } from "./roles.ts";

export const SA_MEDIA_TYPE = "application/vnd.atlas.2024-08-05+json";
export const SA_VERSION = "2024-08-05";

export const SA_LIMITS = {
  nameMax: 64,
  descriptionMax: 250,
  secretsPerAccount: 2,
  /** Hours: the shortest secret life, and the org setting's default ceiling. */
  secretHoursMin: 8,
  secretHoursDefaultMax: 8760,
  tokenSeconds: 3600,
  liveTokensPerAccount: 100,
  accessListEntriesPerRequest: 200,
  accessListEntriesPerAccount: 200,
} as const;

/** mdb_sa_id_ + 24 hex: the account's id in paths and its OAuth client_id. */
export const CLIENT_ID = /^mdb_sa_id_[a-f0-9]{24}$/;
/** mdb_sa_sk_ + 43 URL-safe characters (32 random bytes). */
export const SECRET_PREFIX = "mdb_sa_sk_";
export const SECRET_VALUE = /^mdb_sa_sk_[A-Za-z0-9_-]{32,128}$/;

// Letters and digits of any script, space and - _ . , ' (the contract's set).
const TEXT = /^[\p{L}\p{N}\-_.,' ]*$/u;
const textSchema = (what: string, max: number) =>
  z
    .string({ error: `${what} is required.` })
    .min(1, { error: `${what} is required.` })
    .max(max, { error: `${what} must be at most ${max} characters.` })
    .regex(TEXT, { error: `${what} may hold letters, digits, spaces and - _ . , ' only.` });

export const saNameSchema = textSchema("Name", SA_LIMITS.nameMax);
export const saDescriptionSchema = textSchema("Description", SA_LIMITS.descriptionMax);
/** Bounds beyond "positive" depend on the org's setting, checked by the server. */
export const secretHoursSchema = z
  .number({ error: "secretExpiresAfterHours must be a whole number of hours." })
  .int({ error: "secretExpiresAfterHours must be a whole number of hours." })
  .positive({ error: "secretExpiresAfterHours must be positive." })
  .max(2 ** 31 - 1);

const orgRolesSchema = z.array(orgRoleSchema, { error: "Roles must be a list of organization roles." }).min(1, { error: "Select at least one role." });
const projectRolesSchema = z
  .array(projectRoleSchema, { error: "Roles must be a list of project roles." })
  .min(1, { error: "Select at least one role." })
  .max(100);

/** POST /orgs/{orgId}/serviceAccounts */
export const createOrgServiceAccountSchema = z.strictObject({
  name: saNameSchema,
  description: saDescriptionSchema,
  roles: orgRolesSchema,
  secretExpiresAfterHours: secretHoursSchema,
});
/** POST /groups/{groupId}/serviceAccounts */
export const createGroupServiceAccountSchema = z.strictObject({
  name: saNameSchema,
  description: saDescriptionSchema,
  roles: projectRolesSchema,
  secretExpiresAfterHours: secretHoursSchema,
});
/** PATCH: every field optional; roles replace the set. null name/description leave them as they are. */
export const updateOrgServiceAccountSchema = z.strictObject({
  name: saNameSchema.nullable().optional(),
  description: saDescriptionSchema.nullable().optional(),
  roles: orgRolesSchema.optional(),
});
export const updateGroupServiceAccountSchema = z.strictObject({
  name: saNameSchema.nullable().optional(),
  description: saDescriptionSchema.nullable().optional(),
  roles: projectRolesSchema.optional(),
});
/** POST /groups/{groupId}/serviceAccounts/{clientId}:invite */
export const inviteGroupServiceAccountSchema = z.strictObject({ roles: projectRolesSchema });
/** POST .../secrets */
export const createSecretSchema = z.strictObject({ secretExpiresAfterHours: secretHoursSchema });

export type CreateOrgServiceAccount = z.infer<typeof createOrgServiceAccountSchema>;
export type CreateGroupServiceAccount = z.infer<typeof createGroupServiceAccountSchema>;
export type UpdateOrgServiceAccount = z.infer<typeof updateOrgServiceAccountSchema>;
export type UpdateGroupServiceAccount = z.infer<typeof updateGroupServiceAccountSchema>;

export const serviceAccountSecretSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable().optional(),
  /** Every read: prefix, mask, last four characters. */
  maskedSecretValue: z.string().optional(),
  /** Only in the 201 answers that create it. */
  secret: z.string().optional(),
});
export type ServiceAccountSecret = z.infer<typeof serviceAccountSecretSchema>;

export const orgServiceAccountSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  roles: z.array(z.string()),
  secrets: z.array(serviceAccountSecretSchema),
});
export type OrgServiceAccount = z.infer<typeof orgServiceAccountSchema>;
/** Same fields; roles are the account's roles in that project. */
export const groupServiceAccountSchema = orgServiceAccountSchema;
export type GroupServiceAccount = OrgServiceAccount;

export const serviceAccountAccessEntrySchema = z.object({
  cidrBlock: z.string(),
  ipAddress: z.string().optional(),
  createdAt: z.string(),
  lastUsedAt: z.string().optional(),
  lastUsedAddress: z.string().optional(),
  requestCount: z.number().int().min(0),
});
export type ServiceAccountAccessEntry = z.infer<typeof serviceAccountAccessEntrySchema>;

export const serviceAccountGroupSchema = z.object({ groupId: z.string(), roles: z.array(z.string()) });
export type ServiceAccountGroup = z.infer<typeof serviceAccountGroupSchema>;

export const orgServiceAccountPageSchema = paginatedSchema(orgServiceAccountSchema);
export const serviceAccountAccessListPageSchema = paginatedSchema(serviceAccountAccessEntrySchema);
export const serviceAccountGroupPageSchema = paginatedSchema(serviceAccountGroupSchema);

/** POST /api/oauth/token answer (RFC 6749 §5.1). */
export const oauthTokenSchema = z.object({ access_token: z.string(), token_type: z.literal("Bearer"), expires_in: z.number() });
export type OAuthToken = z.infer<typeof oauthTokenSchema>;
/** RFC 6749 §5.2 error body. */
export const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });
