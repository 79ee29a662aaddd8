// Authorization: Bearer <token> on /api/atlas/v2, for service accounts. The
// token's state (its row, the account's roles and access list) is read once
// per data generation, as an API key's is (credential-states.ts), and a commit
// anywhere (a secret or account deleted on another instance, a revocation)
// starts it over; the token is then looked up again and found gone. Then the
// same checks as Digest: the access list (credential-access.ts), usage per
// secret and per entry, failures counted per address.
import { parseCidr } from "../../contract/ip.ts";
import { serviceAccountPrincipal, type Principal } from "../domain/principal.ts";
import { TOKEN_VALUE } from "../domain/sa-tokens.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppContext } from "../http/env.ts";
import type { SaTokenRow } from "../store/sa-types.ts";
import type { Store } from "../store/types.ts";
import { AuthThrottle, throttleAddress } from "./auth-throttle.ts";
import { matchAccessList, type CredentialGrants } from "./credential-access.ts";
import { credentialStates } from "./credential-states.ts";
import type { UsageTracker } from "./usage-tracker.ts";

export interface BearerOptions {
  store: Store;
  /** The keyed hash tokens are stored under (node-crypto.ts keyedHasher). */
  keyedHash(value: string): string;
  now: () => Date;
  /** Where each accepted request's use is counted (the secret's and its access-list entry's last use). */
  usage: UsageTracker;
  /** Failed tokens per address (or IPv6 /64). */
  throttle?: AuthThrottle;
}

export interface BearerAuthenticator {
  authenticate(c: AppContext, authorization: string): Principal | Promise<Principal>;
}

interface TokenState {
  token: SaTokenRow;
  grants: CredentialGrants;
}

async function loadState(store: Store, hash: string): Promise<TokenState | undefined> {
  const token = await store.getSaToken(hash);
  if (!token) return undefined;
  const [account, entries, groups] = await Promise.all([
    store.getServiceAccount(token.clientId),
    store.listSaAccessEntries(token.clientId),
    store.listSaGroupsFor([token.clientId]),
  ]);
  const org = account && (await store.getOrg(account.orgId));
  if (!account || !org) return undefined;
  return {
    token,
    grants: {
      entries: entries.flatMap((e) => {
        const cidr = parseCidr(e.cidrBlock);
        return cidr ? [{ block: e.cidrBlock, cidr }] : [];
      }),
      accessListRequired: org.apiAccessListRequired,
      orgRoles: new Map([[account.orgId, account.orgRoles]]),
      groupRoles: new Map(groups.map((g) => [g.groupId, g.roles])),
    },
  };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function bearerAuthenticator(options: BearerOptions): BearerAuthenticator {
  const stateOf = credentialStates(options.store, (hash) => loadState(options.store, hash));
  const throttle = options.throttle ?? new AuthThrottle(60_000, 20, 100);

  async function refuse(address: string, now: number): Promise<never> {
    const delay = throttle.fail(address, now);
    if (delay > 0) await sleep(delay);
    throw new ApiError(401, "UNAUTHORIZED", "The access token is not valid: it is unknown, expired or revoked.", [], null, {
      "WWW-Authenticate": 'Bearer realm="Access Manager", error="invalid_token"',
    });
  }

  // Synchronous once the token's state is known: a call then costs no promise or turn of its own.
  function authenticate(c: AppContext, header: string): Principal | Promise<Principal> {
    const callerIp = c.get("callerIp");
    const now = options.now();
    const address = throttleAddress(callerIp);
    const retryAfter = throttle.blockedFor(address, now.getTime());
    if (retryAfter > 0) {
      throw new ApiError(429, "RATE_LIMITED", "Too many failed authentication attempts from this address.", [callerIp, retryAfter], null, {
        "Retry-After": String(retryAfter),
      });
    }
    const value = header.slice(header.indexOf(" ") + 1).trim();
    // Not a token's shape: no hash, no lookup.
    if (!TOKEN_VALUE.test(value)) return refuse(address, now.getTime());
    const found = stateOf(options.keyedHash(value));
    if (found instanceof Promise) return found.then((state) => admit(state, callerIp, address, now));
    return admit(found, callerIp, address, now);
  }

  /** The account's principal if the token is live and the access list lets the caller in (else 403); counts the use. */
  function admit(state: TokenState | undefined, callerIp: string, address: string, now: Date): Principal | Promise<Principal> {
    if (!state || state.token.expires.getTime() <= now.getTime()) return refuse(address, now.getTime());
    const entry = matchAccessList(state.grants, callerIp);
    const { clientId, secretId } = state.token;
    options.usage.record({ kind: "serviceAccount", id: clientId, secretId }, entry, callerIp, now);
    return serviceAccountPrincipal(clientId, state.grants, callerIp);
  }

  return { authenticate };
}
