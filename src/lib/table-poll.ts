// How often a keys table refreshes by itself, so "Last used" stays current
// while the page is open. React Query pauses an interval while the tab is
// hidden (refetchIntervalInBackground is false) and refetches on return; a
// refresh keeps the rows on screen, so the poll is quiet.
export const TABLE_POLL = { refetchInterval: 60_000, refetchIntervalInBackground: false } as const;
