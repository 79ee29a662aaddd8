import type { Mailer } from "../mail/mailer.ts";
import type { Store } from "../store/types.ts";

/**
 * Secret handling that differs between the real server (scrypt, MD5/SHA-256
 * HA1, AES-GCM with the server secret) and the mock backend in the browser.
 */
/** Per-purpose sealing (readable again by the server) and keyed hashing (compare only). */
export interface SecretSealing {
  /** Seals `plain` for storage; it opens only for the same purpose and `boundTo` (the owner's id). */
  sealSecret(purpose: string, boundTo: string, plain: string): Promise<string>;
  openSecret(purpose: string, boundTo: string, sealed: string): Promise<string>;
  /** A keyed hash (HMAC) of a one-time code or token: compared, never read back. */
  purposeHash(purpose: string, value: string): Promise<string>;
}

export interface ServerCrypto extends SecretSealing {
  hashPassword(password: string): Promise<string>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  /** Returns what Digest needs to check this key later, sealed for storage. */
  sealKeySecret(publicKey: string, privateKey: string): Promise<string>;
  /**
   * A keyed hash (HMAC-SHA256 under a key derived from the server secret), hex:
   * how service-account secrets and access tokens are stored. Fit for values
   * of 32+ random characters only (no stretching), which keeps it fast.
   */
  keyedHash(value: string): Promise<string>;
}

export interface Deps {
  store: Store;
  now: () => Date;
  crypto: ServerCrypto;
  /** Sends invitation e-mails when SMTP_URL is set (server/mail/); absent otherwise and in the mock backend. */
  mailer?: Mailer;
  /** Where one-time links point (PUBLIC_URL); the request's own origin when unset. */
  publicUrl?: string;
}
