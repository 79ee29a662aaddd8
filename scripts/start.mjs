// `npm start`: build the console when dist/ is missing or older than src/,
// then run the server (console + API) in this process's environment.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const index = "dist/index.html";
const sources = Math.max(newest("src"), newest("contract"), statSync("index.html").mtimeMs);
if (!existsSync(index) || statSync(index).mtimeMs < sources) {
  console.log("Building the console...");
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The server as a child that receives our signals: SIGTERM from a container
// runtime or npm reaches it, so it can shut down cleanly, and its exit code
// (1 with its one-line reason on a failed start) becomes ours.
const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
