import { z } from "zod";

/** The body of every error answer, as Atlas shapes it. */
export const apiErrorSchema = z.object({
  error: z.number().int(),
  errorCode: z.string(),
  detail: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  parameters: z.array(z.unknown()).optional(),
  badRequestDetail: z
    .object({ fields: z.array(z.object({ field: z.string(), description: z.string() })) })
    .nullable()
    .optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
