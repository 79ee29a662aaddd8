// ServerCrypto for the mock backend in the browser: Web Crypto only. The mock
// never authenticates API keys (no Digest in a browser), so the key secret it
// seals is a placeholder; passwords are salted SHA-256, fine for a demo store.
import type { ServerCrypto } from "../server/domain/deps.ts";
import { newToken, sha256Hex, toHex } from "../server/domain/ids.ts";

export const mockCrypto: ServerCrypto = {
  async hashPassword(password) {
    const salt = newToken().slice(0, 16);
    return `sha256$${salt}$${await sha256Hex(salt + password)}`;
  },
  async verifyPassword(password, stored) {
    const [, salt = "", hash] = stored.split("$");
    return (await sha256Hex(salt + password)) === hash;
  },
  async sealKeySecret() {
    return "mock-backend-does-not-verify-digest";
  },
  async keyedHash(value) {
    // The demo store's secrets: a fixed key is enough, nothing real is kept here.
    const key = await globalThis.crypto.subtle.importKey("raw", new TextEncoder().encode("mock-backend"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return toHex(new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, new TextEncoder().encode(value))));
  },
  // The demo store lives in the page's memory: its two-factor seeds are kept
  // readable (labelled so), and codes are hashed with the purpose as the key.
  async sealSecret(purpose, boundTo, plain) {
    return `mock-unsealed$${purpose}$${boundTo}$${plain}`;
  },
  async openSecret(purpose, boundTo, sealed) {
    const prefix = `mock-unsealed$${purpose}$${boundTo}$`;
    if (!sealed.startsWith(prefix)) throw new Error("sealed for another purpose or owner");
    return sealed.slice(prefix.length);
  },
  async purposeHash(purpose, value) {
    return sha256Hex(`${purpose}\u0000${value}`);
  },
};
