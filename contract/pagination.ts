import { z } from "zod";
import { LIMITS } from "./limits.ts";

export const linkSchema = z.object({ href: z.string(), rel: z.string() });
export type Link = z.infer<typeof linkSchema>;

const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true");

/** Query parameters of every list endpoint; strings in, numbers out. */
export const pageParamsSchema = z.object({
  itemsPerPage: z.coerce.number().int().min(1).max(LIMITS.itemsPerPageMax).default(LIMITS.itemsPerPageDefault),
  pageNum: z.coerce.number().int().min(1).max(1_000_000).default(1),
  includeCount: booleanParam.default(true),
});
export type PageParams = z.infer<typeof pageParamsSchema>;

export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    results: z.array(item),
    totalCount: z.number().int().min(0).optional(),
    links: z.array(linkSchema),
  });
}
export interface Paginated<T> {
  results: T[];
  totalCount?: number;
  links: Link[];
}
