// Runs a suite once per store, each against its own fresh server and world.
import { afterAll, beforeAll, describe } from "vitest";
import { buildWorld, startServer, type ServerOptions, type TestServer, type World } from "./server.ts";
import { storeCases } from "./stores.ts";

export interface Ctx {
  server: TestServer;
  world: World;
}

export function eachStore(title: string, suite: (ctx: () => Ctx) => void, options?: ServerOptions): void {
  describe.each(storeCases)(`${title} [$name]`, (storeCase) => {
    let ctx: Ctx | undefined;
    let dispose: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const opened = await storeCase.open();
      const server = await startServer(opened.store, options);
      dispose = async () => {
        await server.close();
        await opened.dispose();
      };
      ctx = { server, world: await buildWorld(server.deps) };
    });
    afterAll(async () => dispose?.());
    suite(() => {
      if (!ctx) throw new Error("suite context not ready");
      return ctx;
    });
  });
}
