// Helpers for the activity-feed tests: read a feed, and the events an action added.
import type { AtlasEvent } from "../../contract/events.ts";
import type { Client } from "./server.ts";

export async function feed(client: Client, path: string): Promise<AtlasEvent[]> {
  const res = await client.call("GET", `${path}${path.includes("?") ? "&" : "?"}itemsPerPage=500`);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.results as AtlasEvent[];
}

/** The org feed's events that appeared while `action` ran, oldest first. */
export async function eventsOf(client: Client, orgId: string, action: () => Promise<unknown>): Promise<AtlasEvent[]> {
  const before = new Set((await feed(client, `/orgs/${orgId}/events`)).map((e) => e.id));
  await action();
  return (await feed(client, `/orgs/${orgId}/events`)).filter((e) => !before.has(e.id)).reverse();
}

/** Polls until `check` holds (for events written after the response, as failed sign-ins are). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
