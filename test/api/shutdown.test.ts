// SIGTERM on the real process: new connections are refused at once, a
// request in flight still gets its answer, usage is flushed, the store is
// closed (its pid file gone) and the process exits 0 within 10 s. And the
// health endpoints a load balancer polls.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "urllib";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { startServerProcess } from "../../bench/server-process.ts";
import { openStore } from "../../server/store/open-store.ts";
import { cliJson } from "../support/ops-process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "am-shutdown-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { DATA_DIR: dataDir, DATABASE_URL: "", AM_SECRET: "shutdown-test-secret", AM_ADMIN_EMAIL: "owner@example.test", AM_ADMIN_PASSWORD: "owner-password-1", LOG_REQUESTS: "0" };

function opened(port: number): Promise<Socket> {
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1", () => ok(socket));
    socket.once("error", fail);
  });
}

function refused(port: number): Promise<boolean> {
  return opened(port).then((s) => (s.destroy(), false), (e: NodeJS.ErrnoException) => e.code === "ECONNREFUSED");
}

describe("graceful shutdown", () => {
  it("answers live and ready with a status and nothing else", async () => {
    const server = await startServerProcess(env);
    try {
      for (const [path, status] of [["live", "live"], ["ready", "ready"]]) {
        const res = await fetch(`${server.base}/api/health/${path}`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status });
      }
    } finally {
      expect(await server.stop("SIGTERM")).toBe(0);
    }
  });

  it("refuses new connections, finishes the request in flight, flushes usage and exits 0 within 10 s", async () => {
    const server = await startServerProcess(env);
    onTestFinished(async () => void (await server.stop("SIGKILL")));
    const port = Number(new URL(server.base).port);
    const orgId = (await cliJson<{ results: { id: string }[] }>(env, "orgs", "list")).results[0]?.id ?? "";
    const key = await cliJson<{ id: string; publicKey: string; privateKey: string }>(env, "keys", "create", "--org", orgId, "--desc", "used once", "--role", "ORG_READ_ONLY");

    // In flight: headers and half the body of a sign-in sent, the rest held back.
    const body = JSON.stringify({ email: "owner@example.test", password: "owner-password-1" });
    const socket = await opened(port);
    let answer = "";
    socket.on("data", (d: Buffer) => (answer += d.toString("utf8")));
    const ended = new Promise<void>((ok) => socket.once("close", () => ok()));
    socket.write(`POST /api/private/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    // A signed request (usage is kept in memory, written every 5 s) on another
    // connection; its answer also shows the server has read the partial one.
    const signed = await request(`${server.base}/api/atlas/v2/orgs/${orgId}/apiKeys`, { digestAuth: `${key.publicKey}:${key.privateKey}`, dataType: "json" });
    expect(signed.status).toBe(200);

    const signalled = performance.now();
    const exited = server.stop("SIGTERM");
    let isRefused = false;
    for (let i = 0; i < 50 && !isRefused; i++) {
      isRefused = await refused(port);
      if (!isRefused) await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(isRefused).toBe(true);

    socket.write(body.slice(10));
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('"csrfToken"');
    expect(await exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(10_000);

    expect(readdirSync(dataDir).filter((f) => f.endsWith(".pid"))).toEqual([]);
    expect(existsSync(join(dataDir, "access-manager.db"))).toBe(true);
    const store = await openStore({ dataDir });
    try {
      expect((await store.getKey(key.id))?.lastUsed).not.toBeNull();
    } finally {
      await store.close();
    }
  }, 60_000);
});
