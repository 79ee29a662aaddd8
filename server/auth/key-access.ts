// What Digest must know of a key to accept a request, and the access-list
// check. A key's state is read once per data generation (store.readGeneration)
// and shared by its requests until any commit, here or in another process;
// a store without generations (PostgreSQL, memory) is read on every request.
import { cidrContains, parseCidr, type ParsedCidr } from "../../contract/ip.ts";
import { ApiError } from "../http/api-error.ts";
import { GenerationCache } from "../store/generation.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";

export interface KeyState {
  key: ApiKeyRow;
  /** The access list, parsed once. */
  entries: { block: string; cidr: ParsedCidr }[];
  accessListRequired: boolean;
  orgRoles: ReadonlyMap<string, readonly string[]>;
  groupRoles: ReadonlyMap<string, readonly string[]>;
}

async function loadKeyState(store: Store, publicKey: string): Promise<KeyState | undefined> {
  const key = await store.getKeyByPublicKey(publicKey);
  if (!key) return undefined;
  const [entries, org, groups] = await Promise.all([
    store.listAccessEntries(key.id),
    store.getOrg(key.orgId),
    store.listKeyGroupsForKeys([key.id]),
  ]);
  return {
    key,
    entries: entries.flatMap((e) => {
      const cidr = parseCidr(e.cidrBlock);
      return cidr ? [{ block: e.cidrBlock, cidr }] : [];
    }),
    accessListRequired: org?.apiAccessListRequired ?? false,
    orgRoles: new Map([[key.orgId, key.orgRoles]]),
    groupRoles: new Map(groups.map((g) => [g.groupId, g.roles])),
  };
}

/** Keys whose state is kept; past it the memory starts over. */
const KEPT_STATES = 10_000;

export function keyStates(store: Store): (publicKey: string) => Promise<KeyState | undefined> {
  const readGeneration = store.readGeneration?.bind(store);
  if (!readGeneration) return (publicKey) => loadKeyState(store, publicKey);
  const cache = new GenerationCache<string, Promise<KeyState | undefined>>(readGeneration, KEPT_STATES);
  return (publicKey) => {
    const states = cache.current();
    const known = states.get(publicKey);
    if (known) return known;
    const state = loadKeyState(store, publicKey).then(
      (s) => {
        // Unknown public keys are not kept: they come from failing callers.
        if (!s) states.delete(publicKey);
        return s;
      },
      (e: unknown) => {
        states.delete(publicKey);
        throw e;
      },
    );
    cache.keep(states, publicKey, state);
    return state;
  };
}

/** Returns the entry the caller came through (undefined when the key has none), or throws 403. */
export function matchAccessList(state: KeyState, callerIp: string): string | undefined {
  if (state.entries.length === 0) {
    if (state.accessListRequired) {
      throw new ApiError(403, "ORG_REQUIRES_ACCESS_LIST", "This organization requires access through an access list of IP ranges.", [
        callerIp,
      ]);
    }
    return undefined;
  }
  // The most specific matching entry gets the usage.
  let best: { block: string; prefix: number } | undefined;
  for (const e of state.entries) {
    if (cidrContains(e.cidr, callerIp) && (!best || e.cidr.prefix > best.prefix)) best = { block: e.block, prefix: e.cidr.prefix };
  }
  if (!best) {
    throw new ApiError(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", `IP address ${callerIp} is not allowed to access this resource.`, [callerIp]);
  }
  return best.block;
}
