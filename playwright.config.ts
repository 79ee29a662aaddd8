import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// End-to-end journeys in Chromium against the real server on a fresh SQLite
// database (scripts/e2e-server.mjs). Debian's Chromium by default: Playwright
// cannot download its own browser on these machines.
const port = Number(process.env.E2E_PORT ?? 8181);
const baseURL = `http://127.0.0.1:${port}`;
// The server's data dir, chosen here so tests can run the operator CLI on the
// same database (each spec makes its own organization). Workers load this
// file again and inherit the value.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "am-e2e-"));
// Where the server's mail sink writes what it receives (e2e/support/mailbox.ts reads it).
process.env.E2E_MAIL_DIR ??= mkdtempSync(join(tmpdir(), "am-e2e-mail-"));

export default defineConfig({
  testDir: "e2e",
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.mjs",
    // A console route: answers only once the server is up and dist/ is served.
    url: `${baseURL}/login`,
    env: { E2E_PORT: String(port), E2E_DATA_DIR: process.env.E2E_DATA_DIR, E2E_MAIL_DIR: process.env.E2E_MAIL_DIR },
    reuseExistingServer: false,
    // A cold run builds the console first.
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
