import { z } from "zod";
import { objectIdSchema } from "./ids.ts";
import { linkSchema, paginatedSchema } from "./pagination.ts";

export const orgSchema = z.object({
  id: objectIdSchema,
  name: z.string(),
  isDeleted: z.boolean(),
  links: z.array(linkSchema),
});
export type Org = z.infer<typeof orgSchema>;
export const orgPageSchema = paginatedSchema(orgSchema);

export const groupSchema = z.object({
  id: objectIdSchema,
  name: z.string(),
  orgId: objectIdSchema,
  created: z.string(),
  clusterCount: z.number().int().min(0),
  links: z.array(linkSchema),
});
export type Group = z.infer<typeof groupSchema>;
export const groupPageSchema = paginatedSchema(groupSchema);

// Org settings: org-settings.ts.
