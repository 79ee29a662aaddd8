// URLs are state (see DESIGN.md): every screen is built from these, so a
// route rename happens in one place.
export function orgAccessPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/access/apiKeys`;
}
