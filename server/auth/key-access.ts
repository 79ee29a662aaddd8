// What Digest must know of a key to accept a request, and the access-list
// check (credential-access.ts). A key's state is read once per data generation (store.readGeneration)
// and shared by its requests until any commit, here or in another process;
// a store without generations (memory) is read on every request,
// the key's row first and its grants only after its response checked out.
// The reads below are cached as well (cached-reads.ts); this layer
// keeps what is derived from them (parsed blocks, role maps, opened HA1): the
// step that added it, with two smaller changes, took the signed list from
// ~12k to ~17k requests a second over the cached reads alone.
import { parseCidr } from "../../contract/ip.ts";
import type { CredentialGrants } from "./credential-access.ts";
import { credentialStates } from "./credential-states.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";
import type { KeySecret } from "./node-crypto.ts";

/** What a key may do: read only once its Digest response checked out. */
export type KeyGrants = CredentialGrants;

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

/** A key's state by public key: the state itself once known, so a request need not wait a turn for it. */
export function keyStates(store: Store): (publicKey: string) => KeyState | Promise<KeyState | undefined> {
  return credentialStates(store, (publicKey) => loadKeyState(store, publicKey));
}
