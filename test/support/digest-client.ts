// A minimal RFC 7616 client for the cases npm clients do not cover (SHA-256,
// stale nonces, replays, forged headers). Ordinary flows use urllib and curl.
import { createHash, randomBytes } from "node:crypto";

export type Algorithm = "MD5" | "SHA-256";

export async function fetchNonce(url: string): Promise<{ nonce: string; header: string; status: number }> {
  const res = await fetch(url);
  const header = res.headers.get("www-authenticate") ?? "";
  return { nonce: /nonce="([^"]+)"/.exec(header)?.[1] ?? "", header, status: res.status };
}

export interface DigestParts {
  method: string;
  uri: string;
  nonce: string;
  publicKey: string;
  privateKey: string;
  algorithm?: Algorithm;
  nc?: number;
  cnonce?: string;
  realm?: string;
}

export function authorization(p: DigestParts): string {
  const algo = p.algorithm ?? "MD5";
  const h = (s: string) => createHash(algo === "MD5" ? "md5" : "sha256").update(s).digest("hex");
  const realm = p.realm ?? "MMS Public API";
  const nc = (p.nc ?? 1).toString(16).padStart(8, "0");
  const cnonce = p.cnonce ?? randomBytes(8).toString("hex");
  const ha1 = h(`${p.publicKey}:${realm}:${p.privateKey}`);
  const response = h(`${ha1}:${p.nonce}:${nc}:${cnonce}:auth:${h(`${p.method}:${p.uri}`)}`);
  return `Digest username="${p.publicKey}", realm="${realm}", nonce="${p.nonce}", uri="${p.uri}", algorithm=${algo}, qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}"`;
}

/** One signed request: fetch a challenge, answer it. */
export async function signedFetch(
  base: string,
  path: string,
  key: { publicKey: string; privateKey: string },
  init: { method?: string; body?: unknown; algorithm?: Algorithm; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const method = init.method ?? "GET";
  const { nonce } = await fetchNonce(`${base}${path}`);
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      Authorization: authorization({ method, uri: path, nonce, ...key, algorithm: init.algorithm }),
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}
