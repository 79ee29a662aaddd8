// Recording: a domain function that changes state calls recordEvent with the
// transaction store of that change, so the change and its event commit or
// roll back together. Events carry names, ids, addresses and roles only:
// never a private key, password, hash or sealed secret.
import type { EventType } from "../../contract/events.ts";
import type { EventActorKind, EventDetails, EventRow } from "../store/events-types.ts";
import type { Store } from "../store/types.ts";
import { toHex } from "./ids.ts";
import type { Principal } from "./principal.ts";

/** Who acted, resolved once per request before its transaction. */
export interface Actor {
  kind: EventActorKind | null;
  id: string | null;
  name: string | null;
  remoteAddress: string | null;
}

export function operatorActor(name: string): Actor {
  return { kind: "operator", id: null, name, remoteAddress: null };
}

/** Nobody known acted (a failed sign-in): only the address. */
export function anonymousActor(remoteAddress: string): Actor {
  return { kind: null, id: null, name: null, remoteAddress };
}

export async function actorOf(store: Store, p: Principal): Promise<Actor> {
  // A service account is named by its client ID, which is its id.
  const name =
    p.kind === "user" ? (await store.getUser(p.id))?.email : p.kind === "apiKey" ? (await store.getKey(p.id))?.publicKey : p.id;
  return { kind: p.kind, id: p.id, name: name ?? null, remoteAddress: p.callerIp };
}

export interface NewEvent {
  type: EventType;
  orgId: string;
  groupId?: string;
  targetKey?: { id: string; publicKey: string };
  whitelistEntry?: string;
  targetUsername?: string;
  details?: EventDetails;
}

// ObjectId layout: seconds, 5 random bytes per process, a 3-byte counter, so
// ids made in one second by one process sort in the order they were made.
const processBytes = toHex(globalThis.crypto.getRandomValues(new Uint8Array(5)));
let counter = globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;

export function newEventId(now: Date): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(now.getTime() / 1000).toString(16).padStart(8, "0").slice(-8);
  return seconds + processBytes + counter.toString(16).padStart(6, "0");
}

export async function recordEvent(tx: Store, now: Date, actor: Actor, e: NewEvent): Promise<void> {
  const row: EventRow = {
    id: newEventId(now),
    orgId: e.orgId,
    groupId: e.groupId ?? null,
    type: e.type,
    created: now,
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    remoteAddress: actor.remoteAddress,
    targetKeyId: e.targetKey?.id ?? null,
    targetPublicKey: e.targetKey?.publicKey ?? null,
    whitelistEntry: e.whitelistEntry ?? null,
    targetUsername: e.targetUsername ?? null,
    details: e.details ?? null,
  };
  await tx.insertEvent(row);
}

/** Same members, in any order. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
