// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps) through otpauth, and the
// recovery codes that stand in for a lost authenticator. A code is accepted
// one step either side of now (clock drift); the step it matched is returned
// so the caller can refuse it a second time (AccountStore.useTotpStep).
import * as OTPAuth from "otpauth";

const ISSUER = "Access Manager";
const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function otpauthUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The time step the code belongs to, or null when it matches none within one step of now. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32, "").validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

function totpFor(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

// Crockford-like alphabet without 0/O and 1/I/L, so a code copied by hand is read right.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten characters (about 49 bits) shown as xxxxx-xxxxx. */
export function newRecoveryCode(): string {
  let out = "";
  while (out.length < 10) {
    for (const b of globalThis.crypto.getRandomValues(new Uint8Array(16))) {
      // Rejection sampling keeps the characters uniform: 31 * 8 = 248 <= 256.
      if (b < 248 && out.length < 10) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** The form a recovery code is hashed in: lower case, no spaces or dash. Null when it cannot be one. */
export function normalRecoveryCode(code: string): string | null {
  const plain = code.toLowerCase().replace(/[\s-]+/g, "");
  return /^[a-z0-9]{10}$/.test(plain) ? plain : null;
}
