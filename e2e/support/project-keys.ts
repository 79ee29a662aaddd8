// Helpers of the project Access Manager journeys: the API as the page's
// session reads it, organization keys made with the CLI, and what to mask in
// screenshots.
import { expect, type Locator, type Page } from "@playwright/test";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { cli, type TestOrg } from "./world.ts";

export const FIXED_NOW = new Date("2026-11-01T12:00:00Z");

export interface KeyView {
  id: string;
  desc: string;
  publicKey: string;
  roles: { roleName: string; orgId?: string; groupId?: string }[];
}

/** A list endpoint read with the page's session, as the console reads it. */
export async function listKeys(page: Page, path: string): Promise<KeyView[]> {
  const response = await page.request.get(`/api/atlas/v2${path}?itemsPerPage=500`, { headers: { Accept: MEDIA_TYPE } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { results: KeyView[] }).results;
}

export function rolesIn(key: KeyView | undefined, groupId: string): string[] {
  return (key?.roles ?? []).filter((role) => role.groupId === groupId).map((role) => role.roleName).sort();
}

export function projectPath(groupId: string, rest = ""): string {
  return `/projects/${groupId}/access/apiKeys${rest}`;
}

/** Gives an organization key roles in a project through the API, as the signed-in owner. */
export async function assignToProject(page: Page, groupId: string, keyId: string, roles: string[]): Promise<void> {
  // The session's mutating requests need the CSRF token the console reads from /me.
  const csrf = ((await (await page.request.get("/api/private/me")).json()) as { csrfToken: string }).csrfToken;
  const assigned = await page.request.post(`/api/atlas/v2/groups/${groupId}/apiKeys/${keyId}`, {
    data: [{ roles }],
    headers: { "X-CSRF-Token": csrf },
  });
  expect(assigned.status()).toBe(204);
}

export async function orgKey(org: TestOrg, desc: string): Promise<{ id: string; publicKey: string; privateKey: string }> {
  const key = await cli("keys", "create", "--org", org.orgId, "--desc", desc, "--role", "ORG_MEMBER");
  return { id: String(key.id), publicKey: String(key.publicKey), privateKey: String(key.privateKey) };
}

/** What changes from run to run inside `scope`: public keys (eight lowercase letters) and dates. */
export function volatile(scope: Locator) {
  return [scope.locator("time"), scope.getByText(/^[a-z]{8}$/)];
}
