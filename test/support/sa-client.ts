// Service accounts in API tests: create one through the console API, mint its
// tokens with a real OAuth client from npm (openid-client, HTTP Basic as
// Atlas's SDK sends), and call /api/atlas/v2 with the Bearer token.
import * as oidc from "openid-client";
import { SA_MEDIA_TYPE } from "../../contract/service-accounts.ts";
import type { Ctx } from "./each-store.ts";
import { signIn, type Client } from "./server.ts";

export interface Account {
  clientId: string;
  secret: string;
  secretId: string;
  body: any;
}

export async function createAccount(owner: Client, orgId: string, fields: Record<string, unknown> = {}): Promise<Account> {
  const body = { name: "Deploy bot", description: "Ships builds", roles: ["ORG_MEMBER"], secretExpiresAfterHours: 24, ...fields };
  const res = await owner.call("POST", `/orgs/${orgId}/serviceAccounts`, body, { Accept: SA_MEDIA_TYPE, "Content-Type": SA_MEDIA_TYPE });
  if (res.status !== 201) throw new Error(`create service account: ${res.status} ${JSON.stringify(res.body)}`);
  return { clientId: res.body.clientId, secret: res.body.secrets[0].secret, secretId: res.body.secrets[0].id, body: res.body };
}

/** The org owner signed in, a new account of theirs (`fields` over the defaults), and the account's path. */
export async function ownerAccount(ctx: Ctx, fields: Record<string, unknown> = {}) {
  const owner = await signIn(ctx.server.base, ctx.world.users.owner);
  const account = await createAccount(owner, ctx.world.orgId, fields);
  return { owner, sa: saCalls(owner), account, path: `/orgs/${ctx.world.orgId}/serviceAccounts/${account.clientId}` };
}

/** openid-client's configuration for our token and revocation endpoints (plain HTTP: a test server). */
export function oauthConfig(base: string, clientId: string, secret: string): oidc.Configuration {
  const server = { issuer: base, token_endpoint: `${base}/api/oauth/token`, revocation_endpoint: `${base}/api/oauth/revoke` };
  const config = new oidc.Configuration(server, clientId, undefined, oidc.ClientSecretBasic(secret));
  oidc.allowInsecureRequests(config);
  return config;
}

export async function mintToken(base: string, account: { clientId: string; secret: string }): Promise<string> {
  const tokens = await oidc.clientCredentialsGrant(oauthConfig(base, account.clientId, account.secret));
  return tokens.access_token;
}

export async function bearer(base: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${base}/api/atlas/v2${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A raw token request, for what no OAuth client sends (bad grant types, malformed headers). */
export async function rawToken(base: string, authorization: string | undefined, form = "grant_type=client_credentials") {
  const res = await fetch(`${base}/api/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(authorization ? { Authorization: authorization } : {}) },
    body: form,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

export const basic = (clientId: string, secret: string) => `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`;

/** Calls with the service accounts' media type (their only version), as a session. */
export function saCalls(client: Client) {
  return (method: string, path: string, body?: unknown) =>
    client.call(method, path, body, { Accept: SA_MEDIA_TYPE, ...(body === undefined ? {} : { "Content-Type": SA_MEDIA_TYPE }) });
}
