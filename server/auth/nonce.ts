// Stateless nonces: issue time plus randomness, signed with a key derived from
// AM_SECRET. Any instance sharing the secret accepts another's nonce; none
// needs to remember what it issued.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { deriveKey } from "./node-crypto.ts";

export const NONCE_LIFETIME_MS = 5 * 60_000;
/**
 * How far ahead of ours another instance's clock may be: its nonces look
 * issued that far in the future. Further ahead, they are refused. Kept short:
 * the replay guard may treat fresh nonces as old for that long (replay-guard.ts).
 */
export const MAX_CLOCK_SKEW_MS = 5_000;

/** Nonces whose issue time is remembered; past it the memory starts over. */
const VERIFIED_NONCES = 10_000;

export type NonceCheck = "valid" | "stale" | "invalid";

export function nonceSigner(secret: string) {
  const key = deriveKey(secret, "digest-nonce-v1");
  const sign = (body: Buffer) => createHmac("sha256", key).update(body).digest().subarray(0, 16);
  // A client signs many requests with one nonce: its signature is checked
  // once, then its issue time is remembered (only nonces that verified).
  const verified = new Map<string, number>();
  return {
    issue(now: Date): string {
      const body = Buffer.alloc(16);
      body.writeBigUInt64BE(BigInt(now.getTime()));
      randomBytes(8).copy(body, 8);
      return Buffer.concat([body, sign(body)]).toString("base64url");
    },
    /** The nonce's issue time (ms) if it is one of ours (signed under this secret), else NaN. */
    issuedAt(nonce: string): number {
      let issued = verified.get(nonce);
      if (issued === undefined) {
        if (nonce.length !== 43) return Number.NaN;
        const raw = Buffer.from(nonce, "base64url");
        if (raw.length !== 32) return Number.NaN;
        const body = raw.subarray(0, 16);
        if (!timingSafeEqual(raw.subarray(16), sign(body))) return Number.NaN;
        issued = Number(body.readBigUInt64BE());
        if (verified.size >= VERIFIED_NONCES) verified.clear();
        verified.set(nonce, issued);
      }
      return issued;
    },
  };
}

/** Whether a nonce issued at `issuedAt` (NaN: not ours) may be used `now`. */
export function nonceFreshness(issuedAt: number, now: Date): NonceCheck {
  if (Number.isNaN(issuedAt)) return "invalid";
  const age = now.getTime() - issuedAt;
  // A nonce from the future (clock skew between instances) is allowed a little slack.
  if (age < -MAX_CLOCK_SKEW_MS) return "invalid";
  return age > NONCE_LIFETIME_MS ? "stale" : "valid";
}
