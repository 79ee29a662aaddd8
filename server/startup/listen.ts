// Binds the port before anything else happens, so a port in use or not
// permitted fails the start before the store is touched or a password shown.
import type { Server } from "node:net";
import { StartupError } from "./startup-error.ts";

export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (e: NodeJS.ErrnoException) => reject(explainListenFailure(e, host, port));
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

function explainListenFailure(e: NodeJS.ErrnoException, host: string, port: number): StartupError {
  const where = `${host}:${port}`;
  switch (e.code) {
    case "EADDRINUSE":
      return new StartupError(`port ${port} on ${host} is already in use`, "stop the process that holds it (ss -ltnp) or set PORT to a free port", { cause: e });
    case "EACCES":
    case "EPERM":
      return new StartupError(`not permitted to listen on ${where} (${e.code})`, "set PORT to 1024 or above, or grant the capability (setcap cap_net_bind_service=+ep $(which node))", { cause: e });
    case "EADDRNOTAVAIL":
      return new StartupError(`HOST ${host} is not an address of this machine`, "set HOST to one of its addresses, 127.0.0.1 or 0.0.0.0", { cause: e });
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new StartupError(`HOST ${host} does not resolve`, "set HOST to an address such as 127.0.0.1 or 0.0.0.0", { cause: e });
    default:
      return new StartupError(`cannot listen on ${where} (${e.code ?? e.message})`, "check HOST and PORT", { cause: e });
  }
}
