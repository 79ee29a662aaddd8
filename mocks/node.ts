// MSW in node for component tests: a fresh mock backend per test file.
import { setupServer } from "msw/node";
import { createMockBackend, type MockBackend } from "./backend.ts";

export function startMockServer(options: Parameters<typeof createMockBackend>[0] = {}): { backend: MockBackend; server: ReturnType<typeof setupServer> } {
  const backend = createMockBackend(options);
  const server = setupServer(...backend.handlers);
  return { backend, server };
}
