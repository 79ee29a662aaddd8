// What Digest must know of a key to accept a request, and the access-list
// check. A key's state is read once per data generation (store.readGeneration)
// and shared by its requests until any commit, here or in another process;
// a store without generations (memory) is read on every request,
// the key's row first and its grants only after its response checked out.
// The reads below are cached as well (cached-reads.ts); this layer
// keeps what is derived from them (parsed blocks, role maps, opened HA1): the
// step that added it, with two smaller changes, took the signed list from
// ~12k to ~17k requests a second over the cached reads alone.
import { cidrContains, parseCidr, type ParsedCidr } from "../../contract/ip.ts";
import { ApiError } from "../http/api-error.ts";
import { GenerationCache } from "../store/generation.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";
import type { KeySecret } from "./node-crypto.ts";

/** What a key may do: read only once its Digest response checked out. */
export interface KeyGrants {
  /** The access list, parsed once. */
  entries: { block: string; cidr: ParsedCidr }[];
  accessListRequired: boolean;
  orgRoles: ReadonlyMap<string, readonly string[]>;
  groupRoles: ReadonlyMap<string, readonly string[]>;
}

export interface KeyState {
  key: ApiKeyRow;
  /** Its HA1 values, opened on first use and gone with the state. */
  opened?: KeySecret;
  /** Loaded on the first call, then shared by every request of this state. */
  grants(): Promise<KeyGrants>;
  /** The grants once loaded: a request then reads them without waiting a turn. */
  loaded?: KeyGrants;
}

async function loadGrants(store: Store, key: ApiKeyRow): Promise<KeyGrants> {
  const [entries, org, groups] = await Promise.all([
    store.listAccessEntries(key.id),
    store.getOrg(key.orgId),
    store.listKeyGroupsForKeys([key.id]),
  ]);
  return {
    entries: entries.flatMap((e) => {
      const cidr = parseCidr(e.cidrBlock);
      return cidr ? [{ block: e.cidrBlock, cidr }] : [];
    }),
    accessListRequired: org?.apiAccessListRequired ?? false,
    orgRoles: new Map([[key.orgId, key.orgRoles]]),
    groupRoles: new Map(groups.map((g) => [g.groupId, g.roles])),
  };
}

async function loadKeyState(store: Store, publicKey: string): Promise<KeyState | undefined> {
  const key = await store.getKeyByPublicKey(publicKey);
  if (!key) return undefined;
  let grants: Promise<KeyGrants> | undefined;
  const state: KeyState = {
    key,
    grants: () =>
      (grants ??= loadGrants(store, key).then(
        (loaded) => (state.loaded = loaded),
        (e: unknown) => {
          grants = undefined;
          throw e;
        },
      )),
  };
  return state;
}

/** Keys whose state is kept; past it the memory starts over. */
const KEPT_STATES = 10_000;

/** A key's state: the state itself once known, so a request need not wait a turn for it. */
export function keyStates(store: Store): (publicKey: string) => KeyState | Promise<KeyState | undefined> {
  const readGeneration = store.readGeneration?.bind(store);
  if (!readGeneration) return (publicKey) => loadKeyState(store, publicKey);
  const cache = new GenerationCache<string, KeyState | Promise<KeyState | undefined>>(readGeneration, KEPT_STATES);
  return (publicKey) => {
    const states = cache.current();
    const known = states.get(publicKey);
    if (known) return known;
    const state = loadKeyState(store, publicKey).then(
      (s) => {
        // The state replaces its promise (in what may already be an old
        // generation's map, where it is never read). Unknown public keys are
        // not kept: they come from failing callers.
        if (s) states.set(publicKey, s);
        else states.delete(publicKey);
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
export function matchAccessList(grants: KeyGrants, callerIp: string): string | undefined {
  if (grants.entries.length === 0) {
    if (grants.accessListRequired) {
      throw new ApiError(403, "ORG_REQUIRES_ACCESS_LIST", "This organization requires access through an access list of IP ranges.", [
        callerIp,
      ]);
    }
    return undefined;
  }
  // The most specific matching entry gets the usage.
  let best: { block: string; prefix: number } | undefined;
  for (const e of grants.entries) {
    if (cidrContains(e.cidr, callerIp) && (!best || e.cidr.prefix > best.prefix)) best = { block: e.block, prefix: e.cidr.prefix };
  }
  if (!best) {
    throw new ApiError(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", `IP address ${callerIp} is not allowed to access this resource.`, [callerIp]);
  }
  return best.block;
}
