// A TCP proxy between the server and PostgreSQL that a test can cut and
// restore, to lose the database without stopping the PostgreSQL that other
// test runs on this machine share.
import net from "node:net";
import type { AddressInfo } from "node:net";

export interface TcpProxy {
  port: number;
  /**
   * "refuse": every connection is reset and new ones too, as when PostgreSQL
   * stops. "stall": bytes stop flowing both ways until restore(), as on a
   * network that went quiet (TCP keeps them; nothing is lost).
   */
  cut(mode: "refuse" | "stall"): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: "open" | "refuse" | "stall" = "open";
  const pairs = new Set<[net.Socket, net.Socket]>();
  const server = net.createServer((client) => {
    if (mode === "refuse") {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    // After pipe(), which resumes its source.
    if (mode === "stall") {
      client.pause();
      upstream.pause();
    }
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    port: (server.address() as AddressInfo).port,
    cut(next) {
      mode = next;
      for (const [client, upstream] of pairs) {
        if (next === "refuse") {
          client.resetAndDestroy();
          upstream.destroy();
        } else {
          client.pause();
          upstream.pause();
        }
      }
    },
    restore() {
      mode = "open";
      for (const [client, upstream] of pairs) {
        client.resume();
        upstream.resume();
      }
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
