// The benchmark's console user: signs in and creates or renames keys through
// the API, as the console does (session cookie and CSRF token).
import { MEDIA_TYPE } from "../contract/limits.ts";
import { SA_MEDIA_TYPE } from "../contract/service-accounts.ts";
import type { DigestKey } from "./load.ts";

export type CreatedKey = DigestKey & { id: string };

export interface ConsoleClient {
  orgId: string;
  cookie: string;
  createKey(desc: string, role: string): Promise<CreatedKey>;
  renameKey(id: string, desc: string): Promise<void>;
  /** A service account with this org role: its client ID and first secret. */
  createServiceAccount(name: string, role: string): Promise<{ clientId: string; secret: string }>;
}

export async function signInConsole(base: string, admin: { email: string; password: string }): Promise<ConsoleClient> {
  const res = await fetch(`${base}/api/private/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(admin) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me = (await res.json()) as { csrfToken: string; orgRoles: { orgId: string }[] };
  const orgId = me.orgRoles[0]?.orgId ?? "";
  const keys = `${base}/api/atlas/v2/orgs/${orgId}/apiKeys`;
  const call = async (method: string, url: string, body: unknown, type = MEDIA_TYPE, expected = 200) => {
    const r = await fetch(url, {
      method,
      headers: { Cookie: cookie, "X-CSRF-Token": me.csrfToken, "Content-Type": type, Accept: type },
      body: JSON.stringify(body),
    });
    if (r.status !== expected) throw new Error(`${method} ${url} failed: ${r.status} ${await r.text()}`);
    return r.json() as Promise<unknown>;
  };
  return {
    orgId,
    cookie,
    createKey: async (desc, role) => (await call("POST", keys, { desc, roles: [role] })) as CreatedKey,
    renameKey: async (id, desc) => void (await call("PATCH", `${keys}/${id}`, { desc })),
    async createServiceAccount(name, role) {
      const body = { name, description: name, roles: [role], secretExpiresAfterHours: 24 };
      const made = (await call("POST", `${base}/api/atlas/v2/orgs/${orgId}/serviceAccounts`, body, SA_MEDIA_TYPE, 201)) as {
        clientId: string;
        secrets: { secret: string }[];
      };
      return { clientId: made.clientId, secret: made.secrets[0]?.secret ?? "" };
    },
  };
}

/** Grows the org from `have` to `want` keys, ten at a time, with a mix of org roles. */
export async function growTo(con: ConsoleClient, have: number, want: number): Promise<void> {
  const roles = ["ORG_MEMBER", "ORG_READ_ONLY", "ORG_BILLING_ADMIN", "ORG_OWNER"];
  for (let i = have; i < want; i += 10) {
    const batch = Array.from({ length: Math.min(10, want - i) }, (_, j) => con.createKey(`bench key ${i + j}`, roles[(i + j) % roles.length] ?? "ORG_MEMBER"));
    await Promise.all(batch);
  }
}
