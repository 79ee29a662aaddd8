// The mock backend: the real server app over the memory store, answering the
// console's fetches through MSW. Shared by the browser worker and by node tests.
import { http, type HttpHandler } from "msw";
import { createApp } from "../server/app.ts";
import type { Deps } from "../server/domain/deps.ts";
import { MemoryStore } from "../server/store/memory-store.ts";
import { mockCrypto } from "./mock-crypto.ts";
import { seedMock, type MockSeed, type SeedOptions } from "./seed.ts";

export const MOCK_CALLER_IP = "198.51.100.23";

export interface MockBackend {
  handlers: HttpHandler[];
  deps: Deps;
  ready: Promise<MockSeed>;
  /** Forget the session cookie (sign out everywhere). */
  reset(): void;
}

export function createMockBackend(options: SeedOptions & { now?: () => Date } = {}): MockBackend {
  const deps: Deps = { store: new MemoryStore(), crypto: mockCrypto, now: options.now ?? (() => new Date()) };
  const app = createApp({ ...deps, clientAddress: () => MOCK_CALLER_IP });
  const ready = seedMock(deps, { keys: options.keys, serviceAccounts: options.serviceAccounts });
  // Fetch in a browser can neither send Cookie nor read Set-Cookie, so the
  // session token travels in the env bag the app reads (see auth/session.ts).
  const session = { sessionToken: "" };
  const handler = http.all("/api/*", async ({ request }) => {
    await ready;
    return app.fetch(request, session);
  });
  return { handlers: [handler], deps, ready, reset: () => (session.sessionToken = "") };
}
