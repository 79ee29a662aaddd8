// What one screen tells the next through router location state (never the
// URL, so nothing here can be typed or shared as a link): where a modal was
// opened from, news for the page the user is sent back to, and where to come
// back to after a detour into another section. State arrives as `unknown`
// (history outlives a deploy), so each reader checks shape and value.
import { safeNextPath } from "./safe-next.ts";

/** A modal opened from its table: closing it goes Back rather than up a level. */
export interface FromTableState {
  fromTable: true;
}

/** The state a table's links to its modals carry. */
export const FROM_TABLE: FromTableState = { fromTable: true };

/** News for the page the user is sent back to ("Permissions saved."), shown once; `highlight`: the key's row to mark. */
export interface NoticeState {
  notice: string;
  highlight?: string;
}

/** Where a page reached by a detour (Edit Permissions -> the organization's edit page) returns on Save and Cancel. */
export interface ReturnToState {
  returnTo: string;
}

function field(state: unknown, name: string): unknown {
  return typeof state === "object" && state !== null ? (state as Record<string, unknown>)[name] : undefined;
}

export function openedFromTable(state: unknown): boolean {
  return field(state, "fromTable") === true;
}

export function noticeOf(state: unknown): string | null {
  const notice = field(state, "notice");
  return typeof notice === "string" ? notice : null;
}

export function highlightOf(state: unknown): string | null {
  const highlight = field(state, "highlight");
  return typeof highlight === "string" ? highlight : null;
}

// Only the Access Manager's own pages: a return path never leads off the site
// (safeNextPath) or out of the console's sections.
const RETURN_SECTIONS = ["/projects/", "/orgs/"];

export function returnToOf(state: unknown): string | null {
  const returnTo = field(state, "returnTo");
  if (typeof returnTo !== "string" || safeNextPath(returnTo) !== returnTo) return null;
  if (!RETURN_SECTIONS.some((section) => returnTo.startsWith(section))) return null;
  // "/projects/../logout" (or "%2e%2e", which the browser resolves the same) would leave the sections.
  const segments = returnTo.split(/[?#]/, 1)[0]?.split("/") ?? [];
  const climbs = (segment: string) => /^(\.|%2e){1,2}$/i.test(segment);
  return segments.some(climbs) ? null : returnTo;
}
