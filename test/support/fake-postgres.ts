// A fake PostgreSQL server that asks for a password and refuses whatever
// comes back, as a real one does when the credentials are wrong. The
// PostgreSQL these tests share trusts every local connection, so it never
// asks for a password and cannot show a refusal; this one can. It speaks only
// the messages that takes (protocol 3.0): the client's StartupMessage, an
// authentication request, the client's PasswordMessage, and an ErrorResponse.
import net from "node:net";
import type { AddressInfo } from "node:net";

export type PasswordRequest = "cleartext" | "md5";

export interface FakePostgres {
  port: number;
  /** The user named in each StartupMessage received: proof a client got this far. */
  startups: string[];
  close(): Promise<void>;
}

/** AuthenticationCleartextPassword (code 3) or AuthenticationMD5Password (code 5, with a salt). */
function authRequest(kind: PasswordRequest): Buffer {
  const body = kind === "cleartext" ? Buffer.alloc(4) : Buffer.alloc(8);
  body.writeInt32BE(kind === "cleartext" ? 3 : 5, 0);
  if (kind === "md5") body.write("salt", 4, "latin1");
  return message("R", body);
}

/** ErrorResponse with the fields a real refusal has: severity, SQLSTATE 28P01 and the text. */
function passwordFailed(user: string): Buffer {
  const fields = [["S", "FATAL"], ["V", "FATAL"], ["C", "28P01"], ["M", `password authentication failed for user "${user}"`]];
  return message("E", Buffer.from(`${fields.map(([k, v]) => `${k}${v}\0`).join("")}\0`, "utf8"));
}

/** Type byte, then an int32 length that counts itself and the body. */
function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

/** The "user" parameter of a StartupMessage: int32 length, int32 version, then name\0value\0 pairs. */
function startupUser(packet: Buffer): string {
  const pairs = packet.subarray(8).toString("utf8").split("\0");
  const at = pairs.indexOf("user");
  return at >= 0 ? (pairs[at + 1] ?? "") : "";
}

export async function startFakePostgres(kind: PasswordRequest): Promise<FakePostgres> {
  const startups: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket)).on("error", () => socket.destroy());
    let pending = Buffer.alloc(0);
    let user: string | undefined;
    socket.on("data", (chunk: Buffer) => {
      // A message may arrive in pieces: answer only once it is whole.
      pending = Buffer.concat([pending, chunk]);
      if (user === undefined) {
        // The StartupMessage has no type byte; its length is the first int32.
        if (pending.length < 4 || pending.length < pending.readInt32BE(0)) return;
        user = startupUser(pending.subarray(0, pending.readInt32BE(0)));
        startups.push(user);
        pending = pending.subarray(pending.readInt32BE(0));
        socket.write(authRequest(kind));
      }
      // Whatever password message follows ('p', int32 length, ...) is wrong.
      if (pending.length >= 5 && pending.length >= 1 + pending.readInt32BE(1)) socket.end(passwordFailed(user));
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    port: (server.address() as AddressInfo).port,
    startups,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
