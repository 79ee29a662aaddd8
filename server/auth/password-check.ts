// A signed-in user re-entering their password (to change it, or to turn
// two-factor sign-in off or reset it): checked under the sign-in throttles,
// so an open browser left unattended is no faster way to guess it.
import type { Context } from "hono";
import type { Deps } from "../domain/deps.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import type { UserRow } from "../store/types.ts";
import type { SignInThrottles } from "./sign-in.ts";
import { beginAttempt, checkUnderLimit, forgiveAttempt, sleep } from "./sign-in-attempt.ts";

export async function checkPassword(
  deps: Deps,
  throttles: SignInThrottles,
  c: Context<AppEnv>,
  user: UserRow,
  password: string,
  field: string,
): Promise<void> {
  const attempt = beginAttempt(throttles, c, user.email, deps.now().getTime());
  if (await checkUnderLimit(deps, throttles, attempt, password, user.passwordHash)) return forgiveAttempt(throttles, attempt);
  if (attempt.delay > 0) await sleep(attempt.delay);
  const description = "The password is incorrect.";
  throw new ApiError(400, "INVALID_PASSWORD", `${field}: ${description}`, [field], [{ field, description }]);
}
