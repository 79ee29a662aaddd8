// /api/private: the unauthenticated calls behind one-time links (see
// auth/accept-link.ts). Each answers as sign-in does: the signed-in user, or
// the sign-in step still due (two-factor code or enrolment).
import { Hono, type Context } from "hono";
import { acceptInvitationSchema, acceptResetSchema, linkInspectRequestSchema } from "../../contract/people.ts";
import { acceptInvitation, acceptReset, inspectLink } from "../auth/accept-link.ts";
import type { SignInThrottles } from "../auth/sign-in.ts";
import type { Deps } from "../domain/deps.ts";
import type { AppEnv } from "../http/env.ts";
import { parseBody } from "../http/validate.ts";
import type { SessionRow } from "../store/types.ts";

export type SignedInAnswer = (c: Context<AppEnv>, session: SessionRow) => Promise<Response>;

export function linkRoutes(deps: Deps, throttles: SignInThrottles, answer: SignedInAnswer): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.post("/invitations/inspect", async (c) => {
    const { token } = await parseBody(c, linkInspectRequestSchema);
    return c.json(await inspectLink(deps, throttles, c, "invitation", token));
  });
  r.post("/invitations/accept", async (c) => answer(c, await acceptInvitation(deps, throttles, c, await parseBody(c, acceptInvitationSchema))));
  r.post("/password-reset/inspect", async (c) => {
    const { token } = await parseBody(c, linkInspectRequestSchema);
    return c.json(await inspectLink(deps, throttles, c, "password-reset", token));
  });
  r.post("/password-reset/accept", async (c) => answer(c, await acceptReset(deps, throttles, c, await parseBody(c, acceptResetSchema))));
  return r;
}
