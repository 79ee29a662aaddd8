// One-time links (invitations, password resets): a random token shown once in
// a console URL's fragment (browsers send no fragment to servers or in
// Referer, so it stays out of access logs), stored only as a keyed hash under
// a key derived from AM_SECRET for the link's purpose (ServerCrypto.purposeHash,
// as recovery codes are). A new link replaces the person's previous one.
import { INVITATION_DAYS, RESET_LINK_DAYS } from "../../contract/people.ts";
import type { LinkPurpose, LinkRow } from "../store/people-types.ts";
import type { Store } from "../store/types.ts";
import type { SecretSealing } from "./deps.ts";
import { newToken } from "./ids.ts";

const DAY_MS = 86_400_000;
const LIFETIME_DAYS: Record<LinkPurpose, number> = { invitation: INVITATION_DAYS, "password-reset": RESET_LINK_DAYS };
/** The console pages that accept each kind of link. */
const PAGES: Record<LinkPurpose, string> = { invitation: "/invitation", "password-reset": "/reset-password" };

export function linkExpiry(purpose: LinkPurpose, from: Date): Date {
  return new Date(from.getTime() + LIFETIME_DAYS[purpose] * DAY_MS);
}

export function linkUrl(origin: string, purpose: LinkPurpose, token: string): string {
  return `${origin.replace(/\/+$/, "")}${PAGES[purpose]}#${token}`;
}

export function linkHash(crypto: SecretSealing, purpose: LinkPurpose, token: string): Promise<string> {
  return crypto.purposeHash(`${purpose}-link`, token);
}

/** A stored link answers only for its own purpose and until it expires. */
export function usableLink(link: LinkRow | undefined, purpose: LinkPurpose, now: Date): link is LinkRow {
  return link !== undefined && link.purpose === purpose && link.expires.getTime() > now.getTime();
}

export interface IssuedToken {
  token: string;
  expires: Date;
}

/** Inside the change's transaction: stores the new link (the old one stops working) and returns its token, once. */
export async function issueLink(
  tx: Store, crypto: SecretSealing, now: Date, target: { userId: string; orgId: string; purpose: LinkPurpose },
): Promise<IssuedToken> {
  const token = newToken();
  const expires = linkExpiry(target.purpose, now);
  await tx.putLink({ ...target, tokenHash: await linkHash(crypto, target.purpose, token), created: now, expires });
  return { token, expires };
}
