// Invite Users' fields and their checks (the contract's), and how a refusal
// of the batch maps back onto them: a bad address or one already in the
// organization is named under the Email field; anything else is a banner.
import { z } from "zod";
import { MAX_BATCH_INVITES, usernameSchema } from "../../../../contract/people.ts";
import { orgRoleSchema, projectRoleSchema, type OrgRole } from "../../../../contract/roles.ts";
import { ApiError } from "../../../lib/api-error.ts";
import type { ProjectRoles } from "./project-roles-field.tsx";

/** The addresses typed, split on commas, semicolons and white space. */
export function splitEmails(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** The roles of Invite Users and Edit Roles. */
export const rolesFormSchema = z.object({
  orgRoles: z.array(orgRoleSchema).min(1, { error: "Select at least one organization role." }),
  projectRoles: z.record(z.string(), z.array(projectRoleSchema)),
});

export const inviteFormSchema = rolesFormSchema.extend({
  emails: z.string().superRefine((text, ctx) => {
    const emails = splitEmails(text);
    if (emails.length === 0) ctx.addIssue({ code: "custom", message: "Enter at least one email address." });
    else if (emails.length > MAX_BATCH_INVITES) ctx.addIssue({ code: "custom", message: `Invite at most ${MAX_BATCH_INVITES} people at once.` });
    const bad = emails.filter((email) => !usernameSchema.safeParse(email).success);
    if (bad.length > 0) ctx.addIssue({ code: "custom", message: `Not a valid email address: ${bad.join(", ")}` });
    const lower = emails.map((email) => email.toLowerCase());
    if (new Set(lower).size !== lower.length) ctx.addIssue({ code: "custom", message: "Name each email address once." });
  }),
});

export interface RolesFormValues {
  orgRoles: OrgRole[];
  projectRoles: ProjectRoles;
}

export interface InviteFormValues extends RolesFormValues {
  emails: string;
}

/** Atlas pre-selects Organization Member. */
export const INVITE_DEFAULTS: InviteFormValues = { emails: "", orgRoles: ["ORG_MEMBER"], projectRoles: {} };

const ROLE_REFUSALS: Record<string, string> = {
  CANNOT_DEMOTE_LAST_ORG_OWNER: "An organization needs at least one Organization Owner. Make someone else an owner first.",
  CANNOT_RAISE_OWN_ROLES: "You cannot give yourself a role you do not have.",
};

/** A refusal of a roles change in our words when it is one of the rules, else the server's. */
export function rolesRefusal(error: unknown): string | null {
  return error instanceof ApiError ? (ROLE_REFUSALS[error.errorCode] ?? null) : null;
}

/** The Email field's message for a refusal that concerns one address, if it does. */
export function emailsError(error: unknown, emails: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.errorCode === "USER_ALREADY_IN_ORG") {
    const who = typeof error.parameters[0] === "string" ? error.parameters[0] : "One of them";
    return `${who} is already a member of this organization or has a pending invitation. Nobody was invited.`;
  }
  if (error.errorCode === "INVALID_USERNAME") {
    const field = error.badRequestDetail?.fields.find((problem) => problem.field.startsWith("usernames"))?.field ?? "";
    const who = emails[Number(field.split(".")[1])];
    return `${who ?? "One address"} is not a valid email address. Nobody was invited.`;
  }
  return null;
}
