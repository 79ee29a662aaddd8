// HTTP Digest (RFC 7616) for API keys: username = public key, password =
// private key, qop=auth, MD5 or SHA-256. The server holds only the sealed HA1
// values. Failures are 401 with a fresh challenge; repeated failures from one
// address are slowed, then refused with 429.
import { hash } from "node:crypto";
import { keyPrincipal, type Principal } from "../domain/principal.ts";
import { ApiError } from "../http/api-error.ts";
import { rawRequestTarget, type AppContext } from "../http/env.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";
import type { KeyAuthenticator } from "./authenticate.ts";
import { unauthorized } from "./authenticate.ts";
import { AuthThrottle, throttleAddress } from "./auth-throttle.ts";
import { PUBLIC_KEY } from "../../contract/ids.ts";
import { parseDigest, type DigestCredentials } from "./digest-header.ts";
import { matchAccessList } from "./credential-access.ts";
import { keyStates, type KeyGrants, type KeyState } from "./key-access.ts";
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
  /** Where each accepted request's use is counted (the key's and its access-list entry's last use). */
  usage: UsageTracker;
  /** Failures per address (or IPv6 /64): many bad keys from one place. */
  throttle?: AuthThrottle;
  /** Failures per address and public key: one bad client behind a NAT blocks only its own key. */
  keyThrottle?: AuthThrottle;
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
  // An address may carry several clients (NAT, proxies): it is refused only
  // after many more failures than one of its keys.
  const throttle = options.throttle ?? new AuthThrottle(60_000, 20, 100);
  const keyThrottle = options.keyThrottle ?? new AuthThrottle(60_000, 5, 20);

  const challenge = async (_c: AppContext, stale: boolean) => {
    const nonce = nonces.issue(options.now());
    // MD5 first: it is what Atlas offers and what every Digest client speaks.
    return (Object.keys(ALGORITHMS) as Algorithm[]).map(
      (algorithm) => `Digest realm="${DIGEST_REALM}", domain="", nonce="${nonce}", algorithm=${algorithm}, qop="auth", stale=${stale}`,
    );
  };

  /** A failed authentication: counted against the address and the (address, public key) pair, answered after their delay. */
  async function failed(c: AppContext, username: string | undefined): Promise<ApiError> {
    const now = options.now().getTime();
    const address = throttleAddress(c.get("callerIp"));
    let delay = throttle.fail(address, now);
    // Only a public key's shape gets a pair entry: kilobytes of made-up usernames would fill the table's memory.
    if (username !== undefined && PUBLIC_KEY.test(username)) delay = Math.max(delay, keyThrottle.fail(`${address} ${username}`, now));
    if (delay > 0) await sleep(delay);
    return unauthorized(authenticator, c);
  }

  /** Seconds until this address, or this address with this public key, may try again; 0 when it may now. */
  function blockedFor(callerIp: string, username: string | undefined, now: number): number {
    const address = throttleAddress(callerIp);
    const byAddress = throttle.blockedFor(address, now);
    return byAddress || (username === undefined ? 0 : keyThrottle.blockedFor(`${address} ${username}`, now));
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

  /**
   * Fails the request with a 401 and a fresh challenge. Only a wrong password,
   * an unknown key or a malformed header count as failures (and are slowed);
   * what a correct client can run into (a stale or reused nonce, a URI we
   * read differently) is answered at once and counts for nothing.
   */
  async function refuse(c: AppContext, reason: "failed" | "stale" | "retry", username?: string): Promise<never> {
    if (reason === "failed") throw await failed(c, username);
    throw await unauthorized(authenticator, c, reason === "stale");
  }

  // Synchronous while nothing needs waiting for (the key's state and grants
  // are known): a signed request then costs no promise or turn of its own.
  function verify(c: AppContext, header: string): Principal | Promise<Principal> {
    const callerIp = c.get("callerIp");
    const now = options.now();
    const creds = parseDigest(header);
    const retryAfter = blockedFor(callerIp, creds?.username, now.getTime());
    if (retryAfter > 0) {
      throw new ApiError(429, "RATE_LIMITED", "Too many failed authentication attempts from this address.", [callerIp, retryAfter], null, {
        "Retry-After": String(retryAfter),
      });
    }
    const algorithm = creds && (ALGORITHMS as Record<string, HashName>)[creds.algorithm];
    if (!creds || !algorithm || creds.qop !== "auth" || creds.realm !== DIGEST_REALM) return refuse(c, "failed", creds?.username);
    // Not a public key's shape: no lookup (nothing the store cannot hold reaches it).
    if (!PUBLIC_KEY.test(creds.username)) return refuse(c, "failed", creds.username);
    const href = c.req.url;
    // The request target as sent (path and query), or the absolute URL.
    const target = href.slice(href.indexOf("/", href.indexOf("//") + 2));
    if (creds.uri !== target && creds.uri !== href && creds.uri !== rawRequestTarget(c)) return refuse(c, "retry");

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
    if (!state) return refuse(c, "failed", creds.username);
    const key = state.key;
    // Opened once per key state: the HA1 values live as long as the state.
    const secret = (state.opened ??= openSecret(key.publicKey, key.secretEnc));
    if (!secret) return refuse(c, "failed", creds.username);
    const ha1 = secret[algorithm];
    const ha2 = ha2Of(algorithm, `${c.req.method}:${creds.uri}`);
    const expected = hash(algorithm, `${ha1}:${creds.nonce}:${creds.nc}:${creds.cnonce}:${creds.qop}:${ha2}`, "hex");
    if (!sameText(creds.response.toLowerCase(), expected)) return refuse(c, "failed", creds.username);

    // Right password: now the nonce. A stale one asks the client to retry, not to re-prompt.
    const issuedAt = nonces.issuedAt(creds.nonce);
    const freshness = nonceFreshness(issuedAt, now);
    if (freshness === "invalid") return refuse(c, "failed", creds.username);
    if (freshness === "stale") return refuse(c, "stale");
    const pair = replays.accept(creds.nonce, creds.cnonce, parseInt(creds.nc, 16), issuedAt);
    // A pair seen before: a replay, or a client sending in parallel with one
    // nonce (many libraries do). It proves the password, so a new nonce lets
    // the honest client retry, while a replay still gets nothing.
    // Too old a nonce to tell a replay from a first use: a new nonce settles it too.
    if (pair === "replayed" || pair === "forgotten") return refuse(c, "stale");

    const callerIp = c.get("callerIp");
    return state.loaded ? admit(key, state.loaded, callerIp, now) : state.grants().then((grants) => admit(key, grants, callerIp, now));
  }

  /** The key's principal, if its access list lets the caller in (else 403); counts the use. */
  function admit(key: ApiKeyRow, grants: KeyGrants, callerIp: string, now: Date): Principal {
    const entry = matchAccessList(grants, callerIp);
    options.usage.record({ kind: "apiKey", id: key.id }, entry, callerIp, now);
    return keyPrincipal(key.id, grants, callerIp);
  }

  const authenticator: KeyAuthenticator = { authenticate: verify, challenge };
  return authenticator;
}
