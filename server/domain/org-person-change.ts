// The frame of every Organization Owner's change to one member: the caller
// must own the org; the change runs in one transaction under the org's lock
// (so two owners demoting each other cannot both pass the last-owner check),
// on the member as that transaction sees them.
import type { Store } from "../store/types.ts";
import type { Deps } from "./deps.ts";
import { actorOf, type Actor } from "./events.ts";
import { userNotFound } from "./org-users.ts";
import { findOrgPerson, type Person } from "./people-view.ts";
import { ownedOrg } from "./permissions.ts";
import type { Principal } from "./principal.ts";

export interface PersonChange {
  tx: Store;
  person: Person;
  actor: Actor;
  now: Date;
}

export async function changeOrgPerson<T>(deps: Deps, p: Principal, orgId: string, userId: string, run: (change: PersonChange) => Promise<T>): Promise<T> {
  await ownedOrg(deps.store, p, orgId);
  const actor = await actorOf(deps.store, p);
  const now = deps.now();
  return deps.store.transaction(async (tx) => {
    await tx.lockOrg(orgId);
    const person = await findOrgPerson(tx, orgId, userId);
    if (!person) throw userNotFound(userId);
    return run({ tx, person, actor, now });
  });
}
