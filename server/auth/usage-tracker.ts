// Coalesces "last used" writes so the hot path never waits on them: each
// accepted request updates memory, and a timer writes at most one row per
// credential and per access-list entry every FLUSH_MS. A credential is an API
// key (its lastUsed) or a service account's secret (its lastUsedAt, through
// the Bearer tokens it minted). Precision: lastUsed in the database trails
// the truth by up to FLUSH_MS (5 s) per instance; counts are exact once
// flushed; a crash loses at most the last FLUSH_MS of usage. A clean
// shutdown flushes.
import type { Store } from "../store/types.ts";

export const FLUSH_MS = 5_000;

/** What authenticated a request: an API key, or a service account through one of its secrets. */
export type UsedCredential = { kind: "apiKey"; id: string } | { kind: "serviceAccount"; id: string; secretId: string };

interface EntryUse {
  credential: UsedCredential;
  cidrBlock: string;
  at: Date;
  address: string;
  requests: number;
}

export class UsageTracker {
  /** By key id or secret id. */
  private used = new Map<string, { credential: UsedCredential; at: Date }>();
  private entries = new Map<string, EntryUse>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly store: Store) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush().catch((e) => console.error("usage flush failed", e)), FLUSH_MS);
    this.timer.unref?.();
  }

  record(credential: UsedCredential, cidrBlock: string | undefined, address: string, at: Date): void {
    const usedId = credential.kind === "apiKey" ? `k ${credential.id}` : `s ${credential.secretId}`;
    this.used.set(usedId, { credential, at });
    if (!cidrBlock) return;
    const id = `${credential.kind} ${credential.id} ${cidrBlock}`;
    const use = this.entries.get(id);
    if (use) {
      use.requests += 1;
      if (at >= use.at) Object.assign(use, { at, address });
    } else {
      this.entries.set(id, { credential, cidrBlock, at, address, requests: 1 });
    }
  }

  async flush(): Promise<void> {
    const used = this.used;
    const entries = this.entries;
    this.used = new Map();
    this.entries = new Map();
    // A credential deleted meanwhile simply matches no row.
    for (const { credential: c, at } of used.values()) {
      if (c.kind === "apiKey") await this.store.touchKey(c.id, at);
      else await this.store.touchSaSecret(c.secretId, at);
    }
    for (const use of entries.values()) {
      const seen = { at: use.at, address: use.address, requests: use.requests };
      if (use.credential.kind === "apiKey") await this.store.recordAccessEntryUse(use.credential.id, use.cidrBlock, seen);
      else await this.store.recordSaAccessEntryUse(use.credential.id, use.cidrBlock, seen);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
