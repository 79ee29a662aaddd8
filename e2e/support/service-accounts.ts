// Helpers of the Service Accounts journeys: their URLs, what a program does
// with a client ID and secret (trade them for a token, call the API with it),
// and what to mask in screenshots (client IDs, masked secrets, dates).
import type { Locator, Page } from "@playwright/test";
import { SERVICE_ACCOUNT_MEDIA_TYPE } from "../../src/lib/service-account-media-type.ts";
import type { TestOrg } from "./world.ts";

export const accountsPath = (org: TestOrg, rest = "") => `/orgs/${org.orgId}/access/serviceAccounts${rest}`;

/** POST /api/oauth/token with HTTP Basic, as an OAuth client does: the status and, on 200, the access token. */
export async function mintToken(page: Page, clientId: string, secret: string): Promise<{ status: number; token?: string }> {
  const response = await fetch(`${new URL(page.url()).origin}/api/oauth/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/json",
    },
    body: "grant_type=client_credentials",
  });
  const body = (await response.json()) as { access_token?: string };
  return { status: response.status, token: body.access_token };
}

/** GET /api/atlas/v2{path} with the Bearer token, as the program would. */
export async function bearerGet(page: Page, token: string, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${new URL(page.url()).origin}/api/atlas/v2${path}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: SERVICE_ACCOUNT_MEDIA_TYPE },
  });
  return { status: response.status, body: await response.json() };
}

/** What changes from run to run inside `scope`: client IDs, masked and full secrets, dates. */
export function volatileAccount(scope: Locator): Locator[] {
  return [scope.locator("time"), scope.getByText(/mdb_sa_(id|sk)_/), scope.locator("code")];
}

export const projectAccountsPath = (groupId: string, rest = "") => `/projects/${groupId}/access/serviceAccounts${rest}`;

/** Creates an organization service account through the API as the signed-in owner (the CSRF token from /me); its secret from the answer. */
export async function orgAccount(page: Page, org: TestOrg, name: string, secretHours = 720): Promise<{ clientId: string; secret: string }> {
  const csrf = ((await (await page.request.get("/api/private/me")).json()) as { csrfToken: string }).csrfToken;
  const response = await page.request.post(`/api/atlas/v2/orgs/${org.orgId}/serviceAccounts`, {
    data: { name, description: `${name} account`, roles: ["ORG_MEMBER"], secretExpiresAfterHours: secretHours },
    headers: { "X-CSRF-Token": csrf, Accept: SERVICE_ACCOUNT_MEDIA_TYPE },
  });
  if (response.status() !== 201) throw new Error(`create failed: ${response.status()} ${await response.text()}`);
  const created = (await response.json()) as { clientId: string; secrets: { secret?: string }[] };
  return { clientId: created.clientId, secret: created.secrets[0]?.secret ?? "" };
}

/** The names of the organization's service accounts, as the API lists them, A to Z. */
export async function accountNames(page: Page, org: TestOrg): Promise<string[]> {
  const response = await page.request.get(`/api/atlas/v2/orgs/${org.orgId}/serviceAccounts`, { headers: { Accept: SERVICE_ACCOUNT_MEDIA_TYPE } });
  return ((await response.json()) as { results: { name: string }[] }).results.map((account) => account.name).sort();
}

/** The project roles of each account in a project, as the API reports them (by name). */
export async function projectRoles(page: Page, groupId: string): Promise<Record<string, string[]>> {
  const response = await page.request.get(`/api/atlas/v2/groups/${groupId}/serviceAccounts`, { headers: { Accept: SERVICE_ACCOUNT_MEDIA_TYPE } });
  const { results } = (await response.json()) as { results: { name: string; roles: string[] }[] };
  return Object.fromEntries(results.map((account) => [account.name, [...account.roles].sort()]));
}

/** The blocks on an organization account's access list, as the API has them (sorted). */
export async function accessEntries(page: Page, org: TestOrg, clientId: string): Promise<string[]> {
  const response = await page.request.get(`/api/atlas/v2/orgs/${org.orgId}/serviceAccounts/${clientId}/accessList`, {
    headers: { Accept: SERVICE_ACCOUNT_MEDIA_TYPE },
  });
  const { results } = (await response.json()) as { results: { cidrBlock: string }[] };
  return results.map((entry) => entry.cidrBlock).sort();
}
