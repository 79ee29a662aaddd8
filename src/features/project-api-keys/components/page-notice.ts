// How a page under the project's API Keys tab tells the table page what it
// just did ("Permissions saved."): as navigation state, read once and cleared.
export interface PageNoticeState {
  notice: string;
}

export function noticeOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null) return null;
  const notice = (state as Partial<PageNoticeState>).notice;
  return typeof notice === "string" ? notice : null;
}

/** Route state of a modal opened from the table: closing it goes Back. */
export interface FromTableState {
  fromTable: true;
}

export function openedFromTable(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as Partial<FromTableState>).fromTable === true;
}
