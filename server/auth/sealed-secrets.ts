// Secrets the server must read back (a TOTP seed) sealed with AES-256-GCM, and
// one-time codes it only compares (recovery codes) kept as HMAC-SHA256: both
// under keys derived from AM_SECRET per purpose, so a copy of the database
// alone neither reads a seed nor tests guesses of a code offline.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { SecretSealing } from "../domain/deps.ts";
import { deriveKey } from "./node-crypto.ts";

export function sealedSecrets(secret: string): SecretSealing {
  const keys = new Map<string, Buffer>();
  const keyFor = (purpose: string) => {
    let key = keys.get(purpose);
    if (!key) keys.set(purpose, (key = deriveKey(secret, `sealed-${purpose}-v1`)));
    return key;
  };
  return {
    async sealSecret(purpose, boundTo, plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
      // The owner's id as associated data: a sealed value moved to another row does not open.
      cipher.setAAD(Buffer.from(boundTo));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v1", iv, body, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64"))).join(".");
    },
    async openSecret(purpose, boundTo, sealed) {
      const [version, iv, body, tag] = sealed.split(".");
      if (version !== "v1" || !iv || !body || !tag) throw new Error("unknown sealed secret format");
      const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64"));
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
    },
    async purposeHash(purpose, value) {
      return createHmac("sha256", keyFor(purpose)).update(value).digest("hex");
    },
  };
}
