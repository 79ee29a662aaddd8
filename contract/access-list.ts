import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { parseCidr, parseIp } from "./ip.ts";
import { linkSchema, paginatedSchema } from "./pagination.ts";

export const ipAddressSchema = z
  .string()
  .refine((v) => parseIp(v) !== null, { error: "Enter a valid IPv4 or IPv6 address." });
export const cidrBlockSchema = z
  .string()
  .refine((v) => v.includes("/") && parseCidr(v) !== null, { error: "Enter a valid CIDR block, e.g. 192.0.2.0/24." });

/** One entry of POST .../accessList: an address or a block, not both. */
export const accessListEntryRequestSchema = z
  .strictObject({ ipAddress: ipAddressSchema.optional(), cidrBlock: cidrBlockSchema.optional() })
  .refine((e) => (e.ipAddress === undefined) !== (e.cidrBlock === undefined), {
    error: "Give either ipAddress or cidrBlock, not both.",
  });
export const accessListRequestSchema = z
  .array(accessListEntryRequestSchema)
  .min(1, { error: "Add at least one entry." })
  .max(LIMITS.accessListEntriesPerKey, { error: `At most ${LIMITS.accessListEntriesPerKey} entries per key.` });
export type AccessListEntryRequest = z.infer<typeof accessListEntryRequestSchema>;

export const accessListEntrySchema = z.object({
  cidrBlock: z.string(),
  ipAddress: z.string().optional(),
  created: z.string(),
  lastUsed: z.string().optional(),
  lastUsedAddress: z.string().optional(),
  count: z.number().int().min(0),
  links: z.array(linkSchema),
});
export type AccessListEntry = z.infer<typeof accessListEntrySchema>;
export const accessListPageSchema = paginatedSchema(accessListEntrySchema);
