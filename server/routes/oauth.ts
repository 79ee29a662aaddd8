// POST /api/oauth/token and /api/oauth/revoke: HTTP Basic client
// authentication (client ID and secret), form bodies, RFC 6749 error bodies
// (not Atlas's). Failed client authentications are counted per address and
// per address and client ID, slowed, then refused with 429, as failed Digest
// is (auth/auth-throttle.ts). Nothing of the credentials is ever logged.
import { Hono } from "hono";
import type { Context } from "hono";
import { CLIENT_ID, SECRET_VALUE } from "../../contract/service-accounts.ts";
import { AuthThrottle, throttleAddress } from "../auth/auth-throttle.ts";
import type { Deps } from "../domain/deps.ts";
import { invalidClient, mintToken, OAuthError, revokeToken } from "../domain/sa-tokens.ts";
import { ApiError } from "../http/api-error.ts";
import { readBodyText } from "../http/body.ts";
import type { AppEnv } from "../http/env.ts";

export interface OAuthOptions {
  /** Failures per address (or IPv6 /64). */
  throttle?: AuthThrottle;
  /** Failures per address and client ID. */
  clientThrottle?: AuthThrottle;
}

/** RFC 6749 §5.1: token answers are never cached. */
const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };
/** Form values and Basic credentials are form-encoded (RFC 6749 §2.3.1). */
const FORM_BYTES_MAX = 4_096;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** Client ID and secret of a well-formed Basic header, or undefined. */
export function basicCredentials(header: string | undefined): { clientId: string; secret: string } | undefined {
  const match = header && /^basic\s+([A-Za-z0-9+/=]{1,512})\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  let pair: string;
  try {
    pair = atob(match[1]);
  } catch {
    return undefined;
  }
  const colon = pair.indexOf(":");
  if (colon < 0) return undefined;
  const [clientId, secret] = [formDecode(pair.slice(0, colon)), formDecode(pair.slice(colon + 1))];
  if (!clientId || !secret || !CLIENT_ID.test(clientId) || !SECRET_VALUE.test(secret)) return undefined;
  return { clientId, secret };
}

async function readForm(c: Context): Promise<URLSearchParams> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw new OAuthError(400, "invalid_request", "Send the body as application/x-www-form-urlencoded.");
  }
  const form = new URLSearchParams(await readBodyText(c, FORM_BYTES_MAX));
  // RFC 6749 §3.1: no parameter more than once (else which grant_type is meant?).
  const names = [...form.keys()];
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new OAuthError(400, "invalid_request", `${repeated} is given more than once.`);
  return form;
}

export function oauthRoutes(deps: Deps, options: OAuthOptions = {}): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const throttle = options.throttle ?? new AuthThrottle(60_000, 20, 100);
  const clientThrottle = options.clientThrottle ?? new AuthThrottle(60_000, 5, 20);

  /** The caller's client credentials, or a (counted, slowed) invalid_client; 429 while blocked. */
  async function client(c: Context<AppEnv>): Promise<{ clientId: string; secret: string }> {
    const now = deps.now().getTime();
    const address = throttleAddress(c.get("callerIp"));
    const header = c.req.header("authorization");
    const creds = basicCredentials(header);
    const blocked = throttle.blockedFor(address, now) || (creds ? clientThrottle.blockedFor(`${address} ${creds.clientId}`, now) : 0);
    if (blocked > 0) {
      throw new OAuthError(429, "slow_down", "Too many failed client authentications from this address.", { "Retry-After": String(blocked) });
    }
    if (creds) return creds;
    throw await failed(address, undefined);
  }

  async function failed(address: string, clientId: string | undefined): Promise<OAuthError> {
    const now = deps.now().getTime();
    let delay = throttle.fail(address, now);
    if (clientId) delay = Math.max(delay, clientThrottle.fail(`${address} ${clientId}`, now));
    if (delay > 0) await sleep(delay);
    return invalidClient();
  }

  /** Runs an exchange; a refused client authentication counts as a failure. */
  async function exchange<T>(c: Context<AppEnv>, creds: { clientId: string }, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (e instanceof OAuthError && e.error === "invalid_client") throw await failed(throttleAddress(c.get("callerIp")), creds.clientId);
      throw e;
    }
  }

  r.post("/token", async (c) => {
    const creds = await client(c);
    const form = await readForm(c);
    const grant = form.get("grant_type");
    if (!grant) throw new OAuthError(400, "invalid_request", "grant_type is required.");
    if (grant !== "client_credentials") throw new OAuthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
    const token = await exchange(c, creds, () => mintToken(deps, creds.clientId, creds.secret));
    return c.json(token, 200, NO_STORE);
  });

  r.post("/revoke", async (c) => {
    const creds = await client(c);
    const token = (await readForm(c)).get("token");
    if (!token) throw new OAuthError(400, "invalid_request", "token is required.");
    await exchange(c, creds, () => revokeToken(deps, creds.clientId, creds.secret, token));
    return c.body(null, 200, NO_STORE);
  });

  // Every answer here in RFC 6749's shape, the body limit's and the database's too.
  r.onError((err, c) => {
    if (err instanceof OAuthError) return c.json({ error: err.error, error_description: err.message }, err.status, { ...NO_STORE, ...err.headers });
    if (err instanceof ApiError) {
      const error = err.status === 503 ? "temporarily_unavailable" : err.status >= 500 ? "server_error" : "invalid_request";
      return c.json({ error, error_description: err.message }, err.status, { ...NO_STORE, ...err.headers });
    }
    console.error(err);
    return c.json({ error: "server_error", error_description: "An unexpected error occurred." }, 500, NO_STORE);
  });
  return r;
}
