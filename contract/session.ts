// The console-only endpoints under /api/private.
import { z } from "zod";

export const loginRequestSchema = z.strictObject({
  email: z.string().trim().min(1, { error: "Enter your email address." }).max(254),
  password: z.string().min(1, { error: "Enter your password." }).max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  orgRoles: z.array(z.object({ orgId: z.string(), roles: z.array(z.string()) })),
  groupRoles: z.array(z.object({ groupId: z.string(), orgId: z.string(), roles: z.array(z.string()) })),
  /** Sent back as X-CSRF-Token on every mutating request of this session. */
  csrfToken: z.string(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** GET /api/private/session: who is signed in, or null (never a 401). */
export const sessionStateSchema = z.object({ user: currentUserSchema.nullable() });

export const callerIpSchema = z.object({ ipAddress: z.string() });
export const CSRF_HEADER = "x-csrf-token";
