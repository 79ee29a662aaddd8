// What the benchmark measures (a Scenario) and the load generators that
// measure it: wrk where installed (bench/wrk-load.ts), else autocannon.
// Signed scenarios use HTTP Digest MD5 with a nonce from a 401 challenge (the
// next one from a stale challenge) and a fresh client nonce per request
// (nc=1): the server refuses a nonce-count that does not grow per (nonce,
// cnonce), and requests on ten connections do not arrive in the order they
// were signed.
import autocannon from "autocannon";
import type { Request } from "autocannon";
import { createHash, randomBytes } from "node:crypto";
import { MEDIA_TYPE } from "../contract/limits.ts";
import { fetchNonce } from "../test/support/digest-client.ts";

export interface Measurement {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Average bytes per response, headers included. */
  bytes: number;
  non2xx: number;
  errors: number;
}

export interface DigestKey {
  publicKey: string;
  privateKey: string;
}

/** One GET, the same every time except for its Digest signature. */
export interface Scenario {
  label: string;
  path: string;
  headers?: Record<string, string>;
  /** Sign each request as this key. */
  digest?: DigestKey;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const md5 = (s: string) => createHash("md5").update(s).digest("hex");

/** A fresh nonce from the server's 401 challenge. */
export async function digestNonce(base: string, path: string): Promise<string> {
  const { nonce, status } = await fetchNonce(`${base}${path}`);
  if (status !== 401 || !nonce) throw new Error(`no Digest challenge from ${path}: ${status}`);
  return nonce;
}

/**
 * An autocannon request whose Authorization header is a new, valid Digest
 * answer every time it is sent. Not test/support's authorization(): that
 * hashes HA1 and HA2 again per request, and autocannon's own CPU is what
 * limits it here.
 */
export async function signedRequest(base: string, path: string, key: DigestKey): Promise<Request> {
  let nonce = await digestNonce(base, path);
  const ha1 = md5(`${key.publicKey}:MMS Public API:${key.privateKey}`);
  const ha2 = md5(`GET:${path}`);
  const prefix = randomBytes(4).toString("hex");
  let n = 0;
  return {
    method: "GET",
    path,
    setupRequest(request) {
      const cnonce = `${prefix}${(n++).toString(16)}`;
      const response = md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${ha2}`);
      const authorization = `Digest username="${key.publicKey}", realm="MMS Public API", nonce="${nonce}", uri="${path}", algorithm=MD5, qop=auth, nc=00000001, cnonce="${cnonce}", response="${response}"`;
      return { ...request, headers: { ...request.headers, Authorization: authorization } };
    },
    // A stale challenge carries a new nonce, as for any Digest client.
    onResponse(status, _body, _context, headers) {
      const challenge = status === 401 ? String(headers["www-authenticate"] ?? "") : "";
      if (challenge.includes("stale=true")) nonce = /nonce="([^"]+)"/.exec(challenge)?.[1] ?? nonce;
    },
  };
}

export async function measureWithAutocannon(base: string, scenario: Scenario, o: LoadOptions): Promise<Measurement> {
  const request = async (): Promise<Request> =>
    scenario.digest ? signedRequest(base, scenario.path, scenario.digest) : { method: "GET", path: scenario.path };
  const run = async (duration: number) =>
    autocannon({ url: base, connections: o.connections, duration, headers: scenario.headers ?? {}, requests: [await request()] });
  await run(o.warmupSeconds);
  const r = await run(o.seconds);
  return {
    label: scenario.label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r["2xx"] + r.non2xx,
    bytes: Math.round(r.throughput.total / Math.max(1, r["2xx"] + r.non2xx)),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Accept header every scenario sends, as a client of the versioned API does. */
export const ACCEPT = { Accept: MEDIA_TYPE };
