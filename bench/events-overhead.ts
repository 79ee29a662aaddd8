// What recording an event adds to a key create, in process against the bench
// database (events table already full): the mean of the real create
// (insertNewKey: secret sealed, org locked, cap counted, key and event
// inserted) against the marginal cost of one more event insert in a write
// transaction (a transaction writing two events less one writing one; the
// commit itself the create pays anyway).
import { nodeCrypto } from "../server/auth/node-crypto.ts";
import { createOrg } from "../server/domain/admin.ts";
import { operatorActor, recordEvent } from "../server/domain/events.ts";
import { insertNewKey } from "../server/domain/org-keys.ts";
import { openStore, type StoreOptions } from "../server/store/open-store.ts";
import type { Store } from "../server/store/types.ts";

export interface Overhead { createMs: number; eventMs: number; percent: number }

const ROUNDS = 300;
const actor = operatorActor("bench");

async function meanMs(n: number, work: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await work(-1 - i);
  const started = performance.now();
  for (let i = 0; i < n; i++) await work(i);
  return (performance.now() - started) / n;
}

export async function keyCreateOverhead(options: StoreOptions): Promise<Overhead> {
  const store: Store = await openStore(options);
  try {
    const deps = { store, crypto: nodeCrypto("bench-overhead"), now: () => new Date() };
    let org = await createOrg(deps, "Overhead");
    const create = await meanMs(ROUNDS, async (i) => {
      // Orgs hold at most 500 keys: a fresh one every 400 creates.
      if (i % 400 === 0) org = await createOrg(deps, `Overhead ${i}`);
      return insertNewKey(deps, actor, org.id, `overhead ${i}`, ["ORG_MEMBER"]);
    });
    const record = (tx: Store) => recordEvent(tx, new Date(), actor, { type: "API_KEY_CREATED", orgId: org.id, targetKey: { id: org.id, publicKey: "abcdefgh" } });
    // Alternating halves, so drift in the machine's speed falls on both alike.
    let one = 0;
    let two = 0;
    for (let half = 0; half < 6; half++) {
      one += await meanMs(ROUNDS / 6, () => store.transaction((tx) => record(tx)));
      two += await meanMs(ROUNDS / 6, () => store.transaction(async (tx) => { await record(tx); await record(tx); }));
    }
    const event = Math.max(0, (two - one) / 6);
    const round = (n: number) => Math.round(n * 100) / 100;
    return { createMs: round(create), eventMs: round(event), percent: round((event / (create - event)) * 100) };
  } finally {
    await store.close();
  }
}
