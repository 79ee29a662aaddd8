// TOTP codes computed by the test with the same library the server uses.
import * as OTPAuth from "otpauth";

/** The code for the time step `stepsAhead` after now (the server accepts one step either side). */
export function totpCode(secret: string, stepsAhead = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}
