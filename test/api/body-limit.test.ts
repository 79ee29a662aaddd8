// Request bodies over 1 MB are refused with 413 as soon as the limit is
// crossed, declared or chunked, without the server holding the upload; an
// upload the client abandons is a client error in the log, not a 500.
import { request, type ClientRequest, type IncomingMessage } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LIMITS } from "../../contract/limits.ts";
import { MemoryStore } from "../../server/store/memory-store.ts";
import { startServer, type TestServer } from "../support/server.ts";

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  vi.restoreAllMocks();
});

function open(base: string, headers: Record<string, string | number>): { req: ClientRequest; answer: Promise<IncomingMessage> } {
  const req = request(`${base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json", ...headers } });
  req.on("error", () => {}); // the server may close the socket under a write
  const answer = new Promise<IncomingMessage>((ok) => req.once("response", ok));
  return { req, answer };
}

/** Writes chunks, waiting for each to drain, until the answer comes or `total` bytes are sent. */
async function stream(req: ClientRequest, answered: () => boolean, total: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  while (sent < total && !answered() && !req.destroyed) {
    const drained = req.write(chunk);
    sent += chunk.length;
    if (!drained) await new Promise((ok) => { req.once("drain", ok); req.once("close", ok); setTimeout(ok, 200); });
  }
  return sent;
}

describe("request body limit", () => {
  it("cuts off a chunked upload with 413 soon after 1 MB, and memory does not follow the upload", async () => {
    running = await startServer(new MemoryStore());
    const before = process.memoryUsage().rss;
    const { req, answer } = open(running.base, { "Transfer-Encoding": "chunked" });
    let response: IncomingMessage | undefined;
    void answer.then((r) => { response = r; });
    const sent = await stream(req, () => response !== undefined, 400 * 2 ** 20);
    const res = await answer;
    req.destroy();
    expect(res.statusCode).toBe(413);
    // Answered long before the 400 MB were sent: the socket buffers a few MB at most.
    expect(sent).toBeLessThan(32 * 2 ** 20);
    expect(process.memoryUsage().rss - before).toBeLessThan(96 * 2 ** 20);
    const body = await new Promise<string>((ok) => { let t = ""; res.on("data", (d) => (t += d)); res.on("end", () => ok(t)); res.on("close", () => ok(t)); });
    if (body) expect(JSON.parse(body).errorCode).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a declared Content-Length over the limit before reading any of it, on any route", async () => {
    running = await startServer(new MemoryStore());
    for (const path of ["/api/private/login", "/api/atlas/v2/orgs/5f0000000000000000000001/apiKeys"]) {
      const req = request(`${running.base}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": LIMITS.bodyBytesMax + 1 },
      });
      req.on("error", () => {});
      req.flushHeaders();
      const res = await new Promise<IncomingMessage>((ok) => req.once("response", ok));
      req.destroy();
      expect(res.statusCode).toBe(413);
    }
  });

  it("logs an upload the client abandons as one 4xx line, with no error or stack trace", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    running = await startServer(new MemoryStore());
    const { req } = open(running.base, { "Content-Length": 10_000 });
    req.write('{"email": "a@b.c", "password": "');
    await new Promise((ok) => setTimeout(ok, 100));
    req.destroy();
    const server = running;
    await vi.waitFor(() => expect(server.logs.some((l) => l.path === "/api/private/login")).toBe(true), { timeout: 5_000 });
    const lines = server.logs.filter((l) => l.path === "/api/private/login");
    expect(lines).toHaveLength(1);
    expect(Number(lines[0]?.status)).toBeGreaterThanOrEqual(400);
    expect(Number(lines[0]?.status)).toBeLessThan(500);
    expect(server.logs.some((l) => l.level === "error")).toBe(false);
    expect(errors).not.toHaveBeenCalled();
  });
});
