// What one screen tells the next through router location state (never the
// URL, so nothing here can be typed or shared as a link): where a modal was
// opened from, and news for the page the user is sent back to. State arrives
// as `unknown` (history outlives a deploy), so each reader checks its shape.

/** A modal opened from its table: closing it goes Back rather than up a level. */
export interface FromTableState {
  fromTable: true;
}

/** News for the page the user is sent back to ("Permissions saved."), shown once. */
export interface NoticeState {
  notice: string;
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
