// One attempt at a sign-in secret (a password, a TOTP or recovery code) under
// the sign-in throttles: refused while blocked, counted as failed before the
// check (so parallel attempts cannot all pass the "blocked?" test), forgiven
// when right. Shared by sign-in, its second step and the account page.
import type { Context } from "hono";
import type { Deps } from "../domain/deps.ts";
import type { AppEnv } from "../http/env.ts";
import { throttleAddress } from "./auth-throttle.ts";
import { tooManyAttempts, type SignInThrottles } from "./sign-in.ts";

export interface Attempt {
  address: string;
  /** Address and email, the per-account throttle's key. */
  pair: string;
  now: number;
  /** How long a wrong answer waits before it is sent. */
  delay: number;
}

export function beginAttempt(throttles: SignInThrottles, c: Context<AppEnv>, email: string, now: number): Attempt {
  const address = throttleAddress(c.get("callerIp"));
  const pair = `${address} ${email}`;
  const wait = Math.max(throttles.perAddress.blockedFor(address, now), throttles.perAccount.blockedFor(pair, now));
  if (wait > 0) throw tooManyAttempts(wait);
  const delay = Math.max(throttles.perAddress.fail(address, now), throttles.perAccount.fail(pair, now));
  return { address, pair, now, delay };
}

/** This failure made the throttles refuse the next tries. */
export function lockedOut(throttles: SignInThrottles, a: Attempt): boolean {
  return throttles.perAccount.blockedFor(a.pair, a.now) > 0 || throttles.perAddress.blockedFor(a.address, a.now) > 0;
}

/** Takes back the failure counted ahead of a check that succeeded. */
export function forgiveAttempt(throttles: SignInThrottles, a: Attempt): void {
  throttles.perAccount.forgive(a.pair);
  throttles.perAddress.forgive(a.address);
}

/**
 * The password check of an attempt, at most two at a time per address
 * (SignInThrottles.checks): every path that hashes a typed password goes
 * through here, so no path lets one address take all the hashing threads.
 */
export function checkUnderLimit(deps: Pick<Deps, "crypto">, throttles: SignInThrottles, a: Attempt, password: string, stored: string): Promise<boolean> {
  return throttles.checks.run(a.address, () => deps.crypto.verifyPassword(password, stored));
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
