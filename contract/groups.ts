// Projects (Atlas "groups"): what a client may send to create or rename one.
// The answer shape is groupSchema in orgs.ts (the console lists projects with it).
import { z } from "zod";
import { objectIdSchema } from "./ids.ts";

export const GROUP_NAME_MAX = 64;
/**
 * Letters, digits, spaces and - _ . ( ) , : & @ + ' — Atlas's character set.
 * Its published pattern leaves out the space, yet Atlas's own default name is
 * "Project 0", so a space is allowed inside a name, never at either end.
 */
export const GROUP_NAME = /^(?! )[\p{L}\p{N}\-_.(),:&@+' ]{1,64}(?<! )$/u;

export const groupNameSchema = z
  .string()
  .min(1, "Enter a project name.")
  .max(GROUP_NAME_MAX, `A project name has at most ${GROUP_NAME_MAX} characters.`)
  .regex(GROUP_NAME, "Use letters, digits, spaces and - _ . ( ) , : & @ + ' only, with no space at either end.");

export const createGroupSchema = z.strictObject({
  name: groupNameSchema,
  orgId: objectIdSchema,
  // Clients send Atlas's alert default; there are no alerts here, so it changes nothing.
  withDefaultAlertsSettings: z.boolean().optional(),
});
export type CreateGroup = z.infer<typeof createGroupSchema>;

export const updateGroupSchema = z.strictObject({ name: groupNameSchema });
export type UpdateGroup = z.infer<typeof updateGroupSchema>;
