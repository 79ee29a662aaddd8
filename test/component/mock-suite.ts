// The mock backend's lifecycle for one test file, the same in every suite.
import { afterAll, afterEach, beforeAll } from "vitest";
import { startMockServer } from "../../mocks/node.ts";
import type { MockSeed } from "../../mocks/seed.ts";

/**
 * Call at the top of a test file, before the file's own beforeAll: that one
 * then runs after this one, with the server listening and `seed` filled in.
 */
export function mockBackendForSuite(options: Parameters<typeof startMockServer>[0] = {}) {
  const { backend, server } = startMockServer(options);
  // Empty until beforeAll: read it in hooks and tests, not at import time.
  const seed: MockSeed = { orgId: "", projectIds: [] };
  beforeAll(async () => {
    // A request the mock does not answer is a test bug, not a network error to shrug off.
    server.listen({ onUnhandledRequest: "error" });
    Object.assign(seed, await backend.ready);
  });
  // A handler a test adds with server.use() is for that test only.
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return { backend, server, seed };
}
