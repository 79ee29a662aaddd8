// Stateless nonces: issue time plus randomness, signed with a key derived from
// AM_SECRET. Any instance sharing the secret accepts another's nonce; none
// needs to remember what it issued.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { deriveKey } from "./node-crypto.ts";

export const NONCE_LIFETIME_MS = 5 * 60_000;

export type NonceCheck = "valid" | "stale" | "invalid";

export function nonceSigner(secret: string) {
  const key = deriveKey(secret, "digest-nonce-v1");
  const sign = (body: Buffer) => createHmac("sha256", key).update(body).digest().subarray(0, 16);
  return {
    issue(now: Date): string {
      const body = Buffer.alloc(16);
      body.writeBigUInt64BE(BigInt(now.getTime()));
      randomBytes(8).copy(body, 8);
      return Buffer.concat([body, sign(body)]).toString("base64url");
    },
    check(nonce: string, now: Date): NonceCheck {
      if (nonce.length !== 43) return "invalid";
      const raw = Buffer.from(nonce, "base64url");
      if (raw.length !== 32) return "invalid";
      const body = raw.subarray(0, 16);
      if (!timingSafeEqual(raw.subarray(16), sign(body))) return "invalid";
      const age = now.getTime() - Number(body.readBigUInt64BE());
      // A nonce from the future (clock skew between instances) is allowed a little slack.
      if (age < -30_000) return "invalid";
      return age > NONCE_LIFETIME_MS ? "stale" : "valid";
    },
  };
}
