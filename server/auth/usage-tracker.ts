// Coalesces "last used" writes so the hot path never waits on them: each
// accepted request updates memory, and a timer writes at most one row per key
// and per access-list entry every FLUSH_MS. Precision: lastUsed in the
// database trails the truth by up to FLUSH_MS (5 s) per instance; counts are
// exact once flushed; a crash loses at most the last FLUSH_MS of usage. A
// clean shutdown flushes.
import type { Store } from "../store/types.ts";

export const FLUSH_MS = 5_000;

interface EntryUse {
  keyId: string;
  cidrBlock: string;
  at: Date;
  address: string;
  requests: number;
}

export class UsageTracker {
  private keys = new Map<string, Date>();
  private entries = new Map<string, EntryUse>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly store: Store) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush().catch((e) => console.error("usage flush failed", e)), FLUSH_MS);
    this.timer.unref?.();
  }

  record(keyId: string, cidrBlock: string | undefined, address: string, at: Date): void {
    this.keys.set(keyId, at);
    if (!cidrBlock) return;
    const id = `${keyId} ${cidrBlock}`;
    const use = this.entries.get(id);
    if (use) {
      use.requests += 1;
      if (at >= use.at) Object.assign(use, { at, address });
    } else {
      this.entries.set(id, { keyId, cidrBlock, at, address, requests: 1 });
    }
  }

  async flush(): Promise<void> {
    const keys = this.keys;
    const entries = this.entries;
    this.keys = new Map();
    this.entries = new Map();
    // A key deleted meanwhile simply matches no row.
    for (const [keyId, at] of keys) await this.store.touchKey(keyId, at);
    for (const use of entries.values()) {
      await this.store.recordAccessEntryUse(use.keyId, use.cidrBlock, { at: use.at, address: use.address, requests: use.requests });
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
