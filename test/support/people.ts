// Helpers for the people-management API tests: the 2025-02-19 media type,
// inviting, and taking the token out of a one-time link.
import { expect } from "vitest";
import type { Client } from "./server.ts";
import { ConsoleClient } from "./console-client.ts";

export const V2025 = { Accept: "application/vnd.atlas.2025-02-19+json", "Content-Type": "application/vnd.atlas.2025-02-19+json" };
/** A password zxcvbn scores 4: long, no words from its lists. */
export const GOOD_PASSWORD = "tundra-quill-81-marsh-ember";

let n = 0;
export function newEmail(label: string): string {
  return `${label}-${++n}-${Date.now().toString(36)}@invitee.test`;
}

export function tokenOf(url: string): string {
  const token = /#([0-9a-f]{64})$/.exec(url)?.[1];
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

export async function invite(
  owner: Client, orgId: string, email: string, orgRoles: string[] = ["ORG_MEMBER"], groupRoleAssignments: { groupId: string; groupRoles: string[] }[] = [],
): Promise<{ id: string; token: string; body: any }> {
  const res = await owner.call("POST", `/orgs/${orgId}/users`, { username: email, roles: { orgRoles, groupRoleAssignments } }, V2025);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id, token: tokenOf(res.body.invitationUrl), body: res.body };
}

/** Accepts an invitation in a fresh browser; returns the browser and the answer. */
export async function accept(base: string, token: string, password = GOOD_PASSWORD, names = { firstName: "Ines", lastName: "Vitée" }) {
  const browser = new ConsoleClient(base);
  const answer = await browser.send("POST", "/api/private/invitations/accept", { token, password, ...names });
  return { browser, answer };
}
