// The benchmark's service account: an org owner, one token minted through
// the token endpoint, and the list of keys read with it as a Bearer token.
import { ACCEPT, type Scenario } from "./load.ts";
import type { ConsoleClient } from "./console-client.ts";

export async function bearerScenario(base: string, con: ConsoleClient, list: string): Promise<Scenario> {
  const { clientId, secret } = await con.createServiceAccount("bench bearer", "ORG_OWNER");
  const res = await fetch(`${base}/api/oauth/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  if (res.status !== 200) throw new Error(`token endpoint: ${res.status} ${await res.text()}`);
  const { access_token } = (await res.json()) as { access_token: string };
  const headers = { ...ACCEPT, Authorization: `Bearer ${access_token}` };
  const check = await fetch(`${base}${list}`, { headers });
  const body = (await check.json()) as { results?: unknown[] };
  if (check.status !== 200 || body.results?.length !== 100) throw new Error(`Bearer list: ${check.status}, ${body.results?.length} results`);
  return { label: "(g) Bearer GET /orgs/{orgId}/apiKeys, 100 keys (service account)", path: list, headers };
}
