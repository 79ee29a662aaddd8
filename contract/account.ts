// The console's own account endpoints (/api/private/account...) and the
// second sign-in step: our schemas, not Atlas's (Atlas has no public API for
// a user's own password, sessions or two-factor sign-in).
import { z } from "zod";
import { currentUserSchema } from "./session.ts";

export const PASSWORD_MIN = 12;
export const NAME_MAX = 64;
export const RECOVERY_CODE_COUNT = 10;

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  twoFactorEnabled: z.boolean(),
  /** Recovery codes not used yet (0 when two-factor sign-in is off). */
  recoveryCodesLeft: z.number(),
  /** Some organization of the user requires two-factor sign-in: it cannot be turned off. */
  twoFactorRequired: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

/** A first or last name, as the Account page and an accepted link take it. */
export const personName = (label: string) => z.string().trim().max(NAME_MAX, { error: `${label} has at most ${NAME_MAX} characters.` });
export const updateNameSchema = z.strictObject({ firstName: personName("First name"), lastName: personName("Last name") });

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(1024),
  newPassword: z
    .string()
    .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
    .max(1024, { error: "Use at most 1024 characters." }),
});
export type ChangePassword = z.infer<typeof changePasswordSchema>;

export const sessionInfoSchema = z.object({
  /** A handle for this list only, not the session's token or its hash. */
  id: z.string(),
  current: z.boolean(),
  device: z.string(),
  address: z.string().nullable(),
  created: z.string(),
  lastSeen: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
export const sessionListSchema = z.object({ results: z.array(sessionInfoSchema) });

/** Starting enrolment: the password, required when two-factor sign-in is on already (a reset). */
export const twoFactorSetupRequestSchema = z.strictObject({ password: z.string().max(1024).optional() });
/** Shown once: the seed as text for manual entry and the otpauth:// URI the QR code holds. */
export const twoFactorSetupSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TwoFactorSetup = z.infer<typeof twoFactorSetupSchema>;

/** Six digits from the authenticator app, or a recovery code (xxxxx-xxxxx). */
export const codeSchema = z.string().trim().min(1, { error: "Enter a code." }).max(64);
export const twoFactorConfirmSchema = z.strictObject({ code: codeSchema });
/** Shown once, right after enrolment. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const twoFactorDisableSchema = z.strictObject({ password: z.string().min(1, { error: "Enter your password." }).max(1024) });

/** POST /api/private/login/verify: the second sign-in step. */
export const verifyCodeSchema = z.strictObject({ code: codeSchema });

/** What login answers when the password was right but sign-in is not finished. */
export const pendingSignInSchema = z.object({
  signInStep: z.enum(["TWO_FACTOR_CODE", "TWO_FACTOR_ENROLMENT"]),
  email: z.string(),
  csrfToken: z.string(),
});
export type PendingSignIn = z.infer<typeof pendingSignInSchema>;

/** POST /api/private/login answers the signed-in user, or the step still due. */
export const loginAnswerSchema = z.union([pendingSignInSchema, currentUserSchema]);
