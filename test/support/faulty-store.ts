// A store that fails on purpose: chosen methods answer what a race or an outage
// would (a row gone between two reads, a write refused, the database down),
// in and out of transactions; everything else is the real store underneath.
import type { Store } from "../../server/store/types.ts";

export type Faults = Partial<Record<keyof Store, () => unknown>>;

/** The store, with `faults` (changeable at any time) standing in for its methods. */
export function faultyStore(store: Store, faults: Faults): Store {
  const wrap = (target: Store): Store =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const fault = faults[prop as keyof Store];
        if (fault) return async () => fault();
        if (prop === "transaction") return <T>(fn: (tx: Store) => Promise<T>) => t.transaction((tx) => fn(wrap(tx)));
        const value = Reflect.get(t, prop, receiver) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      },
    });
  return wrap(store);
}
