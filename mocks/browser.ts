// `npm run dev:mock`: start the service worker with the mock backend.
import { setupWorker } from "msw/browser";
import { createMockBackend } from "./backend.ts";

export async function startMockWorker(): Promise<void> {
  const backend = createMockBackend({ keys: 8, serviceAccounts: true });
  await backend.ready;
  await setupWorker(...backend.handlers).start({ onUnhandledRequest: "bypass", quiet: true });
}
