// Clients that create API keys through the real API as fast as they can, and
// remember which creations were answered 2xx: the writes a crash or a backup
// must not lose.
import type { Client } from "./server.ts";

export interface WriteLoad {
  /** Ids of keys whose creation was answered 2xx, in answer order. */
  acknowledged: string[];
  /** Resolves once at least n writes were acknowledged. */
  reached(n: number): Promise<void>;
  /** Stops the writers (after their request in flight) and waits for them. */
  stop(): Promise<void>;
}

export function startWriteLoad(client: Client, orgId: string, writers = 8): WriteLoad {
  const acknowledged: string[] = [];
  let stopped = false;
  const writer = async (w: number) => {
    for (let i = 0; !stopped; i++) {
      try {
        const res = await client.call("POST", `/orgs/${orgId}/apiKeys`, { desc: `w${w} #${i}`, roles: ["ORG_READ_ONLY"] });
        if (res.status >= 200 && res.status < 300) acknowledged.push(String(res.body.id));
      } catch {
        return; // the connection died with the server
      }
    }
  };
  const running = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  return {
    acknowledged,
    async reached(n) {
      while (acknowledged.length < n) await new Promise((ok) => setTimeout(ok, 20));
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}

export async function demoOrgId(client: Client): Promise<string> {
  const orgs = await client.call("GET", "/orgs");
  return String(orgs.body.results[0].id);
}
