// Console sign-ins in the activity feed of every org the user belongs to.
// Only attempts on an existing user are recorded: an unknown email belongs to
// no org's feed, and recording it would let anyone on the network write what
// they type (perhaps a password in the wrong box) into an owner's feed. The
// throttles bound what is recorded: per (address, email) at most five
// failures and one lockout per window. No password or hash is ever recorded.
import type { Deps } from "../domain/deps.ts";
import { anonymousActor, recordEvent, type Actor } from "../domain/events.ts";
import type { EventType } from "../../contract/events.ts";
import type { Store, UserRow } from "../store/types.ts";

/** One event in the feed of every org the user belongs to (a user's own change concerns each). */
export async function recordInUserOrgs(tx: Store, now: Date, actor: Actor, user: UserRow, type: EventType): Promise<void> {
  for (const m of await tx.listUserOrgRoles(user.id)) {
    await recordEvent(tx, now, actor, { type, orgId: m.scopeId, targetUsername: user.email });
  }
}

/** Inside the transaction that opens the session. */
export function recordSignIn(tx: Store, now: Date, user: UserRow, callerIp: string): Promise<void> {
  const actor: Actor = { kind: "user", id: user.id, name: user.email, remoteAddress: callerIp };
  return recordInUserOrgs(tx, now, actor, user, "USER_SIGNED_IN");
}

/** A wrong password for an existing user; `lockedOut` when this failure made the throttle refuse further tries. */
export async function recordFailedSignIn(deps: Deps, user: UserRow, callerIp: string, lockedOut: boolean): Promise<void> {
  const now = deps.now();
  // Nobody proved who they are: the event names only the address and the account tried.
  const actor = anonymousActor(callerIp);
  await deps.store.transaction(async (tx) => {
    await recordInUserOrgs(tx, now, actor, user, "USER_SIGN_IN_FAILED");
    if (lockedOut) await recordInUserOrgs(tx, now, actor, user, "USER_SIGN_IN_LOCKED_OUT");
  });
}
