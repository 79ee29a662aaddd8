// Node's half of ServerCrypto: scrypt password hashes, and the HA1 values
// HTTP Digest needs, sealed with AES-256-GCM under a key derived from the
// server secret. The private key itself is never stored.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import type { ServerCrypto } from "../domain/deps.ts";
import { sealedSecrets } from "./sealed-secrets.ts";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1 };

/** Atlas's realm; HA1 values depend on it, so it never changes. */
export const DIGEST_REALM = "MMS Public API";

export interface KeySecret {
  md5: string;
  sha256: string;
}

export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "access-manager", purpose, 32));
}

export function ha1(algorithm: "md5" | "sha256", publicKey: string, privateKey: string): string {
  return createHash(algorithm).update(`${publicKey}:${DIGEST_REALM}:${privateKey}`).digest("hex");
}

/** HMAC-SHA256 under a key derived from the server secret, for service-account secrets and tokens. */
export function keyedHasher(secret: string): (value: string) => string {
  const key = deriveKey(secret, "service-account-secrets-v1");
  return (value) => createHmac("sha256", key).update(value).digest("hex");
}

export function nodeCrypto(secret: string): ServerCrypto & {
  openKeySecret(publicKey: string, sealed: string): KeySecret;
  keyedHashSync(value: string): string;
} {
  const sealKey = deriveKey(secret, "key-secrets-v1");
  const keyedHashSync = keyedHasher(secret);
  return {
    keyedHashSync,
    async keyedHash(value) {
      return keyedHashSync(value);
    },
    ...sealedSecrets(secret),
    async hashPassword(password) {
      const salt = randomBytes(16);
      const hash = await scryptAsync(password, salt, 64, SCRYPT);
      return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString("base64")}$${hash.toString("base64")}`;
    },
    async verifyPassword(password, stored) {
      const [scheme, N, r, p, salt, hash] = stored.split("$");
      if (scheme !== "scrypt" || !salt || !hash) return false;
      const expected = Buffer.from(hash, "base64");
      const actual = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, {
        N: Number(N),
        r: Number(r),
        p: Number(p),
      });
      return timingSafeEqual(actual, expected);
    },
    async sealKeySecret(publicKey, privateKey) {
      const plain: KeySecret = { md5: ha1("md5", publicKey, privateKey), sha256: ha1("sha256", publicKey, privateKey) };
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", sealKey, iv);
      // Binding the public key as associated data stops a sealed value being moved to another key.
      cipher.setAAD(Buffer.from(publicKey));
      const body = Buffer.concat([cipher.update(JSON.stringify(plain), "utf8"), cipher.final()]);
      return ["v1", iv, body, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64"))).join(".");
    },
    openKeySecret(publicKey, sealed) {
      const [version, iv, body, tag] = sealed.split(".");
      if (version !== "v1" || !iv || !body || !tag) throw new Error("unknown sealed secret format");
      const decipher = createDecipheriv("aes-256-gcm", sealKey, Buffer.from(iv, "base64"));
      decipher.setAAD(Buffer.from(publicKey));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
      return JSON.parse(plain) as KeySecret;
    },
  };
}
