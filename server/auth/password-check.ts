// A signed-in user re-entering their password (to change it, or to turn
// two-factor sign-in off or reset it): checked under the sign-in throttles,
// so an open browser left unattended is no faster way to guess it.
import type { Context } from "hono";
import type { Deps } from "../domain/deps.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/env.ts";
import type { UserRow } from "../store/types.ts";
import { throttleAddress } from "./auth-throttle.ts";
import { tooManyAttempts, type SignInThrottles } from "./sign-in.ts";

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function checkPassword(
  deps: Deps,
  throttles: SignInThrottles,
  c: Context<AppEnv>,
  user: UserRow,
  password: string,
  field: string,
): Promise<void> {
  const address = throttleAddress(c.get("callerIp"));
  const pair = `${address} ${user.email}`;
  const now = deps.now().getTime();
  const wait = Math.max(throttles.perAddress.blockedFor(address, now), throttles.perAccount.blockedFor(pair, now));
  if (wait > 0) throw tooManyAttempts(wait);
  const delay = Math.max(throttles.perAddress.fail(address, now), throttles.perAccount.fail(pair, now));
  if (await deps.crypto.verifyPassword(password, user.passwordHash)) {
    throttles.perAccount.forgive(pair);
    throttles.perAddress.forgive(address);
    return;
  }
  if (delay > 0) await sleep(delay);
  const description = "The password is incorrect.";
  throw new ApiError(400, "INVALID_PASSWORD", `${field}: ${description}`, [field], [{ field, description }]);
}
