// What a credential's requests share (an API key's row and grants, a token's
// account and access list): read once per data generation (store.readGeneration)
// and kept until any commit, here or in another process; a store without
// generations (memory) is read on every request.
import { GenerationCache } from "../store/generation.ts";
import type { Store } from "../store/types.ts";

/** Credentials whose state is kept; past it the memory starts over. */
const KEPT_STATES = 10_000;

/** A credential's state: the state itself once known, so a request need not wait a turn for it. */
export function credentialStates<S>(store: Store, load: (id: string) => Promise<S | undefined>): (id: string) => S | Promise<S | undefined> {
  const readGeneration = store.readGeneration?.bind(store);
  if (!readGeneration) return load;
  const cache = new GenerationCache<string, S | Promise<S | undefined>>(readGeneration, KEPT_STATES);
  return (id) => {
    const states = cache.current();
    const known = states.get(id);
    if (known) return known;
    const state = load(id).then(
      (s) => {
        // The state replaces its promise (in what may already be an old
        // generation's map, where it is never read). Unknown ids are not
        // kept: they come from failing callers.
        if (s) states.set(id, s);
        else states.delete(id);
        return s;
      },
      (e: unknown) => {
        states.delete(id);
        throw e;
      },
    );
    cache.keep(states, id, state);
    return state;
  };
}
