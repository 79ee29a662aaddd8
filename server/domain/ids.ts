// Identifier and secret generation with Web Crypto only, so the same code
// runs in Node and (for the mock backend) in the browser.

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** 24 hex characters like a MongoDB ObjectId: 4 bytes of seconds, 8 random bytes. */
export function newObjectId(now: Date): string {
  const seconds = Math.floor(now.getTime() / 1000).toString(16).padStart(8, "0").slice(-8);
  return seconds + toHex(randomBytes(8));
}

/** 8 lowercase letters, as Atlas public keys look. */
export function newPublicKey(): string {
  // Rejection sampling keeps the letters uniform: 26 * 9 = 234 <= 256.
  let out = "";
  while (out.length < 8) {
    for (const b of randomBytes(16)) {
      if (b < 234 && out.length < 8) out += String.fromCharCode(97 + (b % 26));
    }
  }
  return out;
}

/** A UUIDv4, as Atlas private keys look. */
export function newPrivateKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Opaque random token (session cookies, CSRF tokens). */
export function newToken(): string {
  return toHex(randomBytes(32));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}
