// The e2e server's mail sink (scripts/e2e-server.mjs: a real SMTP server
// writing each message it receives to E2E_MAIL_DIR): what was mailed to whom.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import type { Received } from "../../test/support/smtp-sink.ts";

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set (playwright.config.ts sets it)");
  return dir;
}

/** Every message received so far that was addressed to this address. */
export function mailTo(address: string): Received[] {
  const dir = mailDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Received)
    .filter((message) => message.to.includes(address));
}

/** Waits for exactly `count` messages to the address (the mail is sent after the invitation commits). */
export async function awaitMail(address: string, count = 1): Promise<Received[]> {
  await expect.poll(() => mailTo(address).length, { message: `mail to ${address}` }).toBe(count);
  return mailTo(address);
}
