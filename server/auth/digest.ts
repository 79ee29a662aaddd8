// HTTP Digest (RFC 7616) for API keys: username = public key, password =
// private key, qop=auth, MD5 or SHA-256. The server holds only the sealed HA1
// values. Failures are 401 with a fresh challenge; repeated failures from one
// address are slowed, then refused with 429.
import { hash } from "node:crypto";
import { keyPrincipal, type Principal } from "../domain/principal.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppContext } from "../http/env.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";
import type { KeyAuthenticator } from "./authenticate.ts";
import { unauthorized } from "./authenticate.ts";
import { AuthThrottle } from "./auth-throttle.ts";
import { parseDigest, type DigestCredentials } from "./digest-header.ts";
import { keyStates, matchAccessList, type KeyGrants, type KeyState } from "./key-access.ts";
import { DIGEST_REALM, type KeySecret } from "./node-crypto.ts";
import { nonceFreshness, nonceSigner } from "./nonce.ts";
import { ReplayGuard } from "./replay-guard.ts";
import type { UsageTracker } from "./usage-tracker.ts";

const ALGORITHMS = { MD5: "md5", "SHA-256": "sha256" } as const;
type Algorithm = keyof typeof ALGORITHMS;
/** Node's name for the algorithm's hash. */
type HashName = (typeof ALGORITHMS)[Algorithm];

export interface DigestOptions {
  store: Store;
  secret: string;
  now: () => Date;
  openKeySecret(publicKey: string, sealed: string): KeySecret;
  usage?: UsageTracker;
  throttle?: AuthThrottle;
  replays?: ReplayGuard;
}

/** Method and URI pairs whose HA2 is kept; past it the memory starts over. Longer URIs are hashed every time. */
const KEPT_HA2 = 1_000;
const MAX_KEPT_URI = 256;

/** Equal strings, in a time that depends on their length only (the response is checked without Buffers). */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function digestAuthenticator(options: DigestOptions): KeyAuthenticator {
  const nonces = nonceSigner(options.secret);
  const replays = options.replays ?? new ReplayGuard(undefined, options.now().getTime());
  const stateOf = keyStates(options.store);
  const throttle = options.throttle ?? new AuthThrottle();

  const challenge = async (_c: AppContext, stale = false) => {
    const nonce = nonces.issue(options.now());
    // MD5 first: it is what Atlas offers and what every Digest client speaks.
    return (Object.keys(ALGORITHMS) as Algorithm[]).map(
      (algorithm) => `Digest realm="${DIGEST_REALM}", domain="", nonce="${nonce}", algorithm=${algorithm}, qop="auth", stale=${stale}`,
    );
  };

  async function failed(c: AppContext): Promise<ApiError> {
    const delay = throttle.fail(c.get("callerIp"), options.now().getTime());
    if (delay > 0) await sleep(delay);
    return unauthorized(authenticator, c);
  }

  // HA2 depends only on the method and URI, which clients repeat: remembered,
  // it saves one of the two hashes of most requests.
  const ha2s = new Map<string, string>();
  function ha2Of(algorithm: HashName, a2: string): string {
    // One-shot hashes: half the cost of createHash().update().digest().
    if (a2.length > MAX_KEPT_URI) return hash(algorithm, a2, "hex");
    const id = `${algorithm} ${a2}`;
    let known = ha2s.get(id);
    if (known === undefined) {
      known = hash(algorithm, a2, "hex");
      if (ha2s.size >= KEPT_HA2) ha2s.clear();
      ha2s.set(id, known);
    }
    return known;
  }

  let warnedSecret = false;
  /** Undefined when the sealed secret does not open: this instance's AM_SECRET differs from the one that sealed it. */
  function openSecret(publicKey: string, sealed: string): KeySecret | undefined {
    try {
      return options.openKeySecret(publicKey, sealed);
    } catch {
      if (!warnedSecret) {
        warnedSecret = true;
        console.error("Cannot open an API key's sealed secret: AM_SECRET differs from the one the key was created with. Every instance must share one AM_SECRET.");
      }
      return undefined;
    }
  }

  /** Fails the request: a 401 with a fresh challenge, after the throttle's delay unless only the nonce is stale. */
  async function refuse(c: AppContext, stale = false): Promise<never> {
    throw stale ? await unauthorized(authenticator, c, true) : await failed(c);
  }

  // Synchronous while nothing needs waiting for (the key's state and grants
  // are known): a signed request then costs no promise or turn of its own.
  function verify(c: AppContext, header: string): Principal | Promise<Principal> {
    const callerIp = c.get("callerIp");
    const now = options.now();
    const retryAfter = throttle.blockedFor(callerIp, now.getTime());
    if (retryAfter > 0) {
      throw new ApiError(429, "RATE_LIMITED", "Too many failed authentication attempts from this address.", [callerIp, retryAfter], null, {
        "Retry-After": String(retryAfter),
      });
    }
    const creds = parseDigest(header);
    const algorithm = creds && (ALGORITHMS as Record<string, HashName>)[creds.algorithm];
    if (!creds || !algorithm || creds.qop !== "auth" || creds.realm !== DIGEST_REALM) return refuse(c);
    const href = c.req.url;
    // The request target as sent (path and query), or the absolute URL.
    const target = href.slice(href.indexOf("/", href.indexOf("//") + 2));
    if (creds.uri !== target && creds.uri !== href) return refuse(c);

    const found = stateOf(creds.username);
    if (found instanceof Promise) return found.then((state) => checkResponse(c, creds, algorithm, state, now));
    return checkResponse(c, creds, algorithm, found, now);
  }

  function checkResponse(
    c: AppContext,
    creds: DigestCredentials,
    algorithm: HashName,
    state: KeyState | undefined,
    now: Date,
  ): Principal | Promise<Principal> {
    if (!state) return refuse(c);
    const key = state.key;
    // Opened once per key state: the HA1 values live as long as the state.
    const secret = (state.opened ??= openSecret(key.publicKey, key.secretEnc));
    if (!secret) return refuse(c);
    const ha1 = secret[algorithm];
    const ha2 = ha2Of(algorithm, `${c.req.method}:${creds.uri}`);
    const expected = hash(algorithm, `${ha1}:${creds.nonce}:${creds.nc}:${creds.cnonce}:${creds.qop}:${ha2}`, "hex");
    if (!sameText(creds.response.toLowerCase(), expected)) return refuse(c);

    // Right password: now the nonce. A stale one asks the client to retry, not to re-prompt.
    const issuedAt = nonces.issuedAt(creds.nonce);
    const freshness = nonceFreshness(issuedAt, now);
    if (freshness === "invalid") return refuse(c);
    if (freshness === "stale") return refuse(c, true);
    const pair = replays.accept(creds.nonce, creds.cnonce, parseInt(creds.nc, 16), issuedAt);
    if (pair === "replayed") return refuse(c);
    // Too old a nonce to tell a replay from a first use: a new nonce settles it.
    if (pair === "forgotten") return refuse(c, true);

    const callerIp = c.get("callerIp");
    return state.loaded ? admit(key, state.loaded, callerIp, now) : state.grants().then((grants) => admit(key, grants, callerIp, now));
  }

  /** The key's principal, if its access list lets the caller in (else 403); counts the use. */
  function admit(key: ApiKeyRow, grants: KeyGrants, callerIp: string, now: Date): Principal {
    const entry = matchAccessList(grants, callerIp);
    options.usage?.record(key.id, entry, callerIp, now);
    return keyPrincipal(key.id, grants, callerIp);
  }

  const authenticator: KeyAuthenticator = { authenticate: verify, challenge };
  return authenticator;
}
