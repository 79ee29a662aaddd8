// The organization settings object, every field Atlas lists. Two change what
// the server does (apiAccessListRequired now; maxServiceAccountSecretValidityInHours
// once service accounts exist); the others are kept and answered as given, so a
// client that reads the object, changes one field and sends it back succeeds.
import { z } from "zod";

export const ORG_NAME_MAX = 64;

const int32 = z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1);
const contact = z.string().max(254);

export const orgSettingsSchema = z.object({
  apiAccessListRequired: z.boolean(),
  customSessionTimeouts: z
    .strictObject({ absoluteSessionTimeoutInSeconds: int32.optional(), idleSessionTimeoutInSeconds: int32.optional() })
    .optional(),
  genAIFeaturesEnabled: z.boolean().optional(),
  maxServiceAccountSecretValidityInHours: z.number().int().min(8).max(8760).optional(),
  multiFactorAuthRequired: z.boolean().optional(),
  // null clears it; Atlas refuses an empty string.
  operationsContact: contact.min(1).nullable().optional(),
  restrictEmployeeAccess: z.boolean().optional(),
  securityContact: contact.optional(),
  streamsCrossGroupEnabled: z.boolean().optional(),
});
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

/** A PATCH names only what changes; unknown fields are refused, not dropped. */
export const updateOrgSettingsSchema = orgSettingsSchema.partial().strict();
export type OrgSettingsPatch = z.infer<typeof updateOrgSettingsSchema>;

/** Settings the server keeps as given (everything but the enforced flag, which has its own column). */
export type StoredOrgSettings = Omit<OrgSettingsPatch, "apiAccessListRequired">;

export const orgNameSchema = z
  .string()
  .min(1, "Enter an organization name.")
  .max(ORG_NAME_MAX, `An organization name has at most ${ORG_NAME_MAX} characters.`)
  .regex(/^(?! )[\p{L}\p{N}\-_.(),:&@+' ]{1,64}(?<! )$/u, "Use letters, digits, spaces and - _ . ( ) , : & @ + ' only.");

/** PATCH /orgs/{orgId}: a rename. Read-only fields a client echoes back are allowed and ignored. */
export const updateOrgSchema = z.strictObject({
  name: orgNameSchema,
  id: z.string().optional(),
  isDeleted: z.boolean().optional(),
  links: z.array(z.unknown()).optional(),
  skipDefaultAlertsSettings: z.boolean().optional(),
});
