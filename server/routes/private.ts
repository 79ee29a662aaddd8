// /api/private: console sign-in, sign-out, the current user, the caller's IP,
// and the calls behind one-time links (links.ts).
import { Hono, type Context } from "hono";
import { loginRequestSchema, type CurrentUser } from "../../contract/session.ts";
import { verifyCodeSchema, type PendingSignIn } from "../../contract/account.ts";
import { verifySecondFactor } from "../auth/second-factor.ts";
import { currentSession, sessionInAnyStage, signOut } from "../auth/session.ts";
import { signIn, signInThrottles } from "../auth/sign-in.ts";
import type { Deps } from "../domain/deps.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import { parseBody } from "../http/validate.ts";
import { accountRoutes } from "./account.ts";
import { linkRoutes } from "./links.ts";
import type { SessionRow } from "../store/types.ts";

async function currentUser(deps: Deps, session: SessionRow): Promise<CurrentUser> {
  const [user, orgs, groups] = await Promise.all([
    deps.store.getUser(session.userId),
    deps.store.listUserOrgRoles(session.userId),
    deps.store.listUserGroupRoles(session.userId),
  ]);
  const groupRows = await Promise.all(groups.map((g) => deps.store.getGroup(g.scopeId)));
  return {
    id: session.userId,
    email: user?.email ?? "",
    orgRoles: orgs.map((m) => ({ orgId: m.scopeId, roles: m.roles })),
    groupRoles: groups.map((m, i) => ({ groupId: m.scopeId, orgId: groupRows[i]?.orgId ?? "", roles: m.roles })),
    csrfToken: session.csrfToken,
  };
}

async function pendingSignIn(deps: Deps, session: SessionRow): Promise<PendingSignIn> {
  const user = await deps.store.getUser(session.userId);
  const signInStep = session.stage === "verify" ? "TWO_FACTOR_CODE" : "TWO_FACTOR_ENROLMENT";
  return { signInStep, email: user?.email ?? "", csrfToken: session.csrfToken };
}

export function privateRoutes(deps: Deps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const throttles = signInThrottles();
  const signedIn = async (c: Context<AppEnv>, session: SessionRow) => {
    if ((session.stage ?? "full") !== "full") return c.json(await pendingSignIn(deps, session));
    return c.json(await currentUser(deps, session));
  };
  r.post("/login", async (c) => signedIn(c, await signIn(deps, throttles, c, await parseBody(c, loginRequestSchema))));
  r.post("/login/verify", async (c) => {
    const { code } = await parseBody(c, verifyCodeSchema);
    return c.json(await currentUser(deps, await verifySecondFactor(deps, throttles, c, code)));
  });
  r.route("/account", accountRoutes(deps, throttles));
  // One-time links share the sign-in throttles: a link guessed is a password guessed.
  r.route("/", linkRoutes(deps, throttles, signedIn));
  r.post("/logout", async (c) => {
    await signOut(deps, c);
    return c.body(null, 204);
  });
  r.get("/me", async (c) => {
    const session = await currentSession(deps, c);
    if (!session) throw new ApiError(401, "UNAUTHORIZED", "Sign in to continue.");
    return c.json(await currentUser(deps, session));
  });
  // The console's first-load probe: signed out is a normal answer (200, user
  // null), so a cold load logs no failed request in the browser console.
  // A sign-in still at its second step or enrolment answers user null and which step is due.
  r.get("/session", async (c) => {
    const session = await sessionInAnyStage(deps, c);
    if (session && (session.stage ?? "full") !== "full") return c.json({ user: null, pending: await pendingSignIn(deps, session) });
    return c.json({ user: session ? await currentUser(deps, session) : null });
  });
  r.get("/ip", (c) => c.json({ ipAddress: c.get("callerIp") }));
  return r;
}
