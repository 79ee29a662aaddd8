// /api/private/account: the signed-in user's own account (name, password,
// sessions, two-factor sign-in). Session cookie and CSRF token as every
// console write; a session that must enrol in two-factor sign-in reaches the
// two enrolment calls here and nothing else. Answers carrying a seed or
// recovery codes are never stored by a cache.
import { Hono, type Context } from "hono";
import {
  changePasswordSchema, twoFactorConfirmSchema, twoFactorDisableSchema, twoFactorSetupRequestSchema, updateNameSchema,
} from "../../contract/account.ts";
import { checkPassword } from "../auth/password-check.ts";
import { checkCsrf, sessionInAnyStage } from "../auth/session.ts";
import { startFullSession, type SignInThrottles } from "../auth/sign-in.ts";
import { accountView, changePassword, endOtherSessions, listSessions, setName } from "../domain/account.ts";
import type { Deps } from "../domain/deps.ts";
import type { Actor } from "../domain/events.ts";
import { confirmEnrolment, disableTwoFactor, startEnrolment } from "../domain/two-factor.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import { parseBody } from "../http/validate.ts";

async function signedIn(deps: Deps, c: Context<AppEnv>, options: { enrolling?: boolean } = {}) {
  const session = await sessionInAnyStage(deps, c);
  const stage = session?.stage ?? "full";
  if (session && stage === "enrol" && !options.enrolling) {
    throw new ApiError(403, "TWO_FACTOR_ENROLMENT_REQUIRED", "An organization you belong to requires two-factor sign-in. Set it up to continue.");
  }
  const user = session && stage !== "verify" ? await deps.store.getUser(session.userId) : undefined;
  if (!session || !user) throw new ApiError(401, "UNAUTHORIZED", "Sign in to continue.");
  checkCsrf(c, session);
  const actor: Actor = { kind: "user", id: user.id, name: user.email, remoteAddress: c.get("callerIp") };
  return { session, user, actor };
}

const noStore = (c: Context) => c.header("Cache-Control", "no-store");

export function accountRoutes(deps: Deps, throttles: SignInThrottles): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get("/", async (c) => c.json(await accountView(deps, (await signedIn(deps, c)).user)));
  r.patch("/", async (c) => {
    const { user } = await signedIn(deps, c);
    return c.json(await setName(deps, user, await parseBody(c, updateNameSchema)));
  });
  r.post("/password", async (c) => {
    const { user, session, actor } = await signedIn(deps, c);
    const change = await parseBody(c, changePasswordSchema);
    await checkPassword(deps, throttles, c, user, change.currentPassword, "currentPassword");
    await changePassword(deps, user, session, change, actor);
    return c.body(null, 204);
  });
  r.get("/sessions", async (c) => c.json({ results: await listSessions(deps, (await signedIn(deps, c)).session) }));
  r.post("/sessions/sign-out-others", async (c) => {
    const { user, session, actor } = await signedIn(deps, c);
    return c.json({ ended: await endOtherSessions(deps, user, session, actor) });
  });

  r.post("/two-factor/setup", async (c) => {
    const { user } = await signedIn(deps, c, { enrolling: true });
    const { password } = await parseBody(c, twoFactorSetupRequestSchema);
    // Replacing a working authenticator needs the password, as turning it off does.
    if ((await deps.store.getAccount(user.id)).totpSecretEnc) await checkPassword(deps, throttles, c, user, password ?? "", "password");
    noStore(c);
    return c.json(await startEnrolment(deps, user));
  });
  r.post("/two-factor/confirm", async (c) => {
    const { user, session, actor } = await signedIn(deps, c, { enrolling: true });
    const { code } = await parseBody(c, twoFactorConfirmSchema);
    const recoveryCodes = await confirmEnrolment(deps, user, code, actor);
    if (session.stage === "enrol") {
      // Enrolment was what stood between this sign-in and the console: a full session, under a new cookie.
      await deps.store.deleteSession(session.tokenHash);
      await startFullSession(deps, c, user, c.get("callerIp"));
    }
    noStore(c);
    return c.json({ recoveryCodes });
  });
  r.post("/two-factor/disable", async (c) => {
    const { user, actor } = await signedIn(deps, c);
    const { password } = await parseBody(c, twoFactorDisableSchema);
    await checkPassword(deps, throttles, c, user, password, "password");
    await disableTwoFactor(deps, user, actor);
    return c.body(null, 204);
  });
  return r;
}

