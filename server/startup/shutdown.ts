// SIGTERM / SIGINT: stop accepting connections, let requests in flight finish,
// then flush usage and close the store, and exit 0, all within 10 s (what
// orchestrators wait before SIGKILL). Keep-alive connections are closed as
// soon as they fall idle; whatever still runs at 8 s is cut.
import type { Server } from "node:http";

const FORCE_CLOSE_MS = 8_000;
const GIVE_UP_MS = 9_500;

export interface ShutdownSteps {
  /** Called first: readiness answers 503 from now on. */
  stopping(): void;
  /** After the last connection: flush usage, close the store, release files. */
  finish(): Promise<void>;
}

export function onTermination(server: Server, steps: ShutdownSteps): void {
  let started = false;
  const shutdown = (): void => {
    if (started) return;
    started = true;
    steps.stopping();
    const giveUp = setTimeout(() => {
      process.stderr.write("Access Manager: shutdown did not finish within 10 s; exiting\n");
      process.exit(1);
    }, GIVE_UP_MS);
    giveUp.unref();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => server.closeAllConnections(), FORCE_CLOSE_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      steps.finish().then(
        () => process.exit(0),
        (e: unknown) => {
          process.stderr.write(`Access Manager: shutdown failed: ${e instanceof Error ? e.message : String(e)}\n`);
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
