// OAuth 2.0 client credentials for service accounts: a client ID and a live
// secret buy a one-hour Bearer token; at most 100 live tokens per account.
// Tokens are stored as keyed hashes with the secret that minted them, so
// deleting the secret or the account ends them (store cascades). Minting is
// not subject to the access list; using a token is (auth/bearer.ts).
import { SA_LIMITS, type OAuthToken } from "../../contract/service-accounts.ts";
import { MissingReference } from "../store/types.ts";
import type { SaSecretRow, ServiceAccountRow } from "../store/sa-types.ts";
import type { Deps } from "./deps.ts";

/** An RFC 6749 §5.2 error: `error` is one of the RFC's codes. */
export class OAuthError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 429,
    readonly error: string,
    description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
    this.name = "OAuthError";
  }
}

export const TOKEN_PREFIX = "mdb_sa_at_";
export const TOKEN_VALUE = /^mdb_sa_at_[A-Za-z0-9_-]{43}$/;

export const invalidClient = () =>
  new OAuthError(401, "invalid_client", "Client authentication failed.", { "WWW-Authenticate": 'Basic realm="Access Manager"' });

function newTokenValue(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return TOKEN_PREFIX + btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Equal strings, in a time that depends on their length only. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The account and the live secret these credentials name, or invalid_client. */
export async function authenticateClient(deps: Deps, clientId: string, secret: string, now: Date): Promise<{ account: ServiceAccountRow; secret: SaSecretRow }> {
  const [account, hash] = await Promise.all([deps.store.getServiceAccount(clientId), deps.crypto.keyedHash(secret)]);
  if (!account) throw invalidClient();
  const secrets = await deps.store.listSaSecretsFor([clientId]);
  // Every secret is compared, so the answer's time does not tell which matched.
  let match: SaSecretRow | undefined;
  for (const s of secrets) if (sameText(s.hash, hash)) match = s;
  // An expired secret is kept (Atlas deletes none by itself) but buys nothing.
  if (!match || match.expires.getTime() <= now.getTime()) throw invalidClient();
  return { account, secret: match };
}

export async function mintToken(deps: Deps, clientId: string, secret: string): Promise<OAuthToken> {
  const now = deps.now();
  const client = await authenticateClient(deps, clientId, secret, now);
  const token = newTokenValue();
  const row = {
    hash: await deps.crypto.keyedHash(token), clientId, secretId: client.secret.id, created: now,
    expires: new Date(now.getTime() + SA_LIMITS.tokenSeconds * 1000),
  };
  try {
    await deps.store.transaction(async (tx) => {
      // Under the org lock, so concurrent requests cannot both take the 100th slot.
      await tx.lockOrg(client.account.orgId);
      await tx.deleteExpiredSaTokens(clientId, now);
      if ((await tx.countLiveSaTokens(clientId, now)) >= SA_LIMITS.liveTokensPerAccount) {
        throw new OAuthError(403, "access_denied", "Access Token limit reached. Use the existing access tokens or create a new service account.");
      }
      await tx.insertSaToken(row);
      await tx.touchSaSecret(client.secret.id, now);
    });
  } catch (e) {
    // The secret or account was deleted since it was checked.
    if (e instanceof MissingReference) throw invalidClient();
    throw e;
  }
  return { access_token: token, token_type: "Bearer", expires_in: SA_LIMITS.tokenSeconds };
}

/** RFC 7009: an unknown token, or another client's, is not an error and is left alone. */
export async function revokeToken(deps: Deps, clientId: string, secret: string, token: string): Promise<void> {
  await authenticateClient(deps, clientId, secret, deps.now());
  if (!TOKEN_VALUE.test(token)) return;
  const hash = await deps.crypto.keyedHash(token);
  const row = await deps.store.getSaToken(hash);
  if (row?.clientId === clientId) await deps.store.deleteSaToken(hash);
}
