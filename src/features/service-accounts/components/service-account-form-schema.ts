// What the Service Account Information form checks before it sends anything:
// the limits Atlas gives (name 1–64, description 1–250, letters, digits,
// spaces and - _ . , ' only; at least one role). The server checks the same
// and has the last word (the secret's lifetime against the org's maximum).
import { z } from "zod";

const ALLOWED = /^[\p{L}\p{N}\-_.,' ]*$/u;
const CHARACTERS = "Use letters, digits, spaces and - _ . , ' only.";

export const NAME_MAX = 64;
export const DESCRIPTION_MAX = 250;

export const serviceAccountFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name.")
    .max(NAME_MAX, `A name has at most ${NAME_MAX} characters.`)
    .regex(ALLOWED, CHARACTERS),
  description: z
    .string()
    .trim()
    .min(1, "Enter a description.")
    .max(DESCRIPTION_MAX, `A description has at most ${DESCRIPTION_MAX} characters.`)
    .regex(ALLOWED, CHARACTERS),
  roles: z.array(z.string()).min(1, "Select at least one role."),
  secretExpiresAfterHours: z.number().int().min(8),
});

export type ServiceAccountFormValues = z.infer<typeof serviceAccountFormSchema>;
export type ServiceAccountField = keyof ServiceAccountFormValues;

const FIELDS: readonly ServiceAccountField[] = ["name", "description", "roles", "secretExpiresAfterHours"];

/** The fields a refusal names (its field list, or the field its code is about); empty when none. */
export function serviceAccountFieldErrors(fields: readonly { field: string; description: string }[]): Partial<Record<ServiceAccountField, string>> {
  const found: Partial<Record<ServiceAccountField, string>> = {};
  for (const { field, description } of fields) {
    const name = field.split(".")[0] as ServiceAccountField;
    if (FIELDS.includes(name)) found[name] ??= description;
  }
  return found;
}
