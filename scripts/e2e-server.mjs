// Playwright's webServer: the real server (console + API) on a fresh SQLite
// database in a temp dir, with a known owner login, and a real SMTP server
// (smtp-server) as its mail sink: each message it receives becomes a JSON file
// in E2E_MAIL_DIR, where journeys read invitations. Builds the console first
// only when dist/ is missing or older than its sources, so reruns start fast.
// Run with `node --import tsx` (playwright.config.ts): the sink is the tests' own.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSmtpSink } from "../test/support/smtp-sink.ts";

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// contract/, index.html and vite.config.ts end up in the bundle too.
const sources = Math.max(newest("src"), newest("contract"), statSync("index.html").mtimeMs, statSync("vite.config.ts").mtimeMs);
const index = "dist/index.html";
if (!existsSync(index) || statSync(index).mtimeMs < sources) {
  console.log("[e2e-server] Building the console...");
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// playwright.config.ts picks the dir so tests can run the CLI on the same database.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "am-e2e-"));
const port = process.env.E2E_PORT ?? "8181";
const mailDir = process.env.E2E_MAIL_DIR ?? mkdtempSync(join(tmpdir(), "am-e2e-mail-"));
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(mailDir, { recursive: true, force: true });
}

let received = 0;
const sink = await startSmtpSink((message) => {
  // Written whole, then renamed: a reader never sees half a message.
  const name = join(mailDir, `${String(++received).padStart(5, "0")}.json`);
  writeFileSync(`${name}.part`, JSON.stringify(message));
  renameSync(`${name}.part`, name);
});

const server = spawn("npx", ["tsx", "server/main.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: port,
    HOST: "127.0.0.1",
    AM_ADMIN_EMAIL: "owner@example.com",
    AM_ADMIN_PASSWORD: "correct-horse-battery",
    AM_SECRET: "e2e-secret-0123456789abcdef",
    SMTP_URL: sink.url,
    SMTP_FROM: "Access Manager <access-manager@e2e.test>",
    // SQLite, always: a DATABASE_URL from the CI environment must not leak in.
    DATABASE_URL: "",
    LOG_REQUESTS: process.env.LOG_REQUESTS ?? "0",
  },
});

server.on("exit", (code, signal) => {
  void sink.close();
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});

// Playwright stops the web server with SIGTERM (SIGINT on Ctrl+C): pass it
// on, let the server close its database, then remove the temp dir.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
    else cleanUp();
  });
}
process.on("exit", cleanUp);
