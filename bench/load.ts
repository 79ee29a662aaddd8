// Load generation with autocannon: a warm-up, then one measured run. Digest
// requests are signed by the load generator itself: one nonce from a 401
// challenge, and a fresh client nonce per request (nc=1), because the server
// refuses a nonce-count that does not grow per (nonce, cnonce) and requests on
// ten connections do not arrive in the order they were signed.
import autocannon from "autocannon";
import type { Request } from "autocannon";
import { createHash, randomBytes } from "node:crypto";
import { MEDIA_TYPE } from "../contract/limits.ts";

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
  statuses: Record<string, number>;
}

export interface DigestKey {
  publicKey: string;
  privateKey: string;
}

const md5 = (s: string) => createHash("md5").update(s).digest("hex");

/** A request whose Authorization header is a new, valid Digest answer every time it is sent. */
export async function signedRequest(base: string, path: string, key: DigestKey): Promise<Request> {
  const challenge = await fetch(`${base}${path}`);
  const nonce = /nonce="([^"]+)"/.exec(challenge.headers.get("www-authenticate") ?? "")?.[1];
  if (challenge.status !== 401 || !nonce) throw new Error(`no Digest challenge from ${path}: ${challenge.status}`);
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
  };
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export async function measure(label: string, base: string, request: () => Promise<Request>, o: LoadOptions): Promise<Measurement> {
  const run = async (duration: number) =>
    autocannon({ url: base, connections: o.connections, duration, headers: { Accept: MEDIA_TYPE }, requests: [await request()] });
  await run(o.warmupSeconds);
  const r = await run(o.seconds);
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r["2xx"] + r.non2xx,
    bytes: Math.round(r.throughput.total / Math.max(1, r["2xx"] + r.non2xx)),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    statuses,
  };
}
