// The page to return to after signing in comes from the URL (?next=), so it
// must be a path on this site: never another origin ("//evil", "https:...").
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  // Signing in again, or out at once, is never where the user was headed.
  const path = next.split(/[?#]/, 1)[0];
  if (path === "/login" || path === "/logout") return "/";
  return next;
}

/** "/login?next=<current path>" for the page the user is on now. */
export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const here = `${location.pathname}${location.search}${location.hash}`;
  return here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`;
}
