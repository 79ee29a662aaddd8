// A call to the Atlas API as an API key, with HTTP Digest (urllib, a real
// Digest client), from the test process: what a script holding the copied
// private key would do.
import type { Page } from "@playwright/test";
import { request } from "urllib";
import { MEDIA_TYPE } from "../../contract/limits.ts";

/** GET /api/atlas/v2{path} on the server the page is on, signed with the key. */
export function digestGet(page: Page, key: { publicKey: string; privateKey: string }, path: string) {
  return request(`${new URL(page.url()).origin}/api/atlas/v2${path}`, {
    digestAuth: `${key.publicKey}:${key.privateKey}`,
    dataType: "json",
    headers: { Accept: MEDIA_TYPE },
  });
}
