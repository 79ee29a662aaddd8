// eachStore with a clock the test moves: TOTP codes belong to 30-second steps,
// so reuse and expiry are tested by setting the time, not by waiting.
import { afterAll, beforeAll, describe } from "vitest";
import { buildWorld, startServer, type TestServer, type World } from "./server.ts";
import { storeCases } from "./stores.ts";

export interface ClockCtx {
  server: TestServer;
  world: World;
  clock: { now: Date; advance(seconds: number): void };
}

export function eachStoreWithClock(title: string, suite: (ctx: () => ClockCtx) => void): void {
  describe.each(storeCases)(`${title} [$name]`, (storeCase) => {
    let ctx: ClockCtx | undefined;
    let dispose: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      // Start of a 30-second step, so a test's few seconds never cross into the next one.
      const clock = { now: new Date(Math.floor(Date.now() / 30_000) * 30_000), advance(s: number) { clock.now = new Date(clock.now.getTime() + s * 1000); } };
      const opened = await storeCase.open();
      const server = await startServer(opened.store, { now: () => clock.now });
      dispose = async () => {
        await server.close();
        await opened.dispose();
      };
      ctx = { server, world: await buildWorld(server.deps), clock };
    });
    afterAll(async () => dispose?.());
    suite(() => {
      if (!ctx) throw new Error("suite context not ready");
      return ctx;
    });
  });
}
