// URLs are state (see DESIGN.md): every screen is built from these, so a
// route rename happens in one place.
export function orgAccessPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/access/apiKeys`;
}

/** The API Keys tab of a project's Access Manager. */
export function projectAccessPath(groupId: string): string {
  return `/projects/${encodeURIComponent(groupId)}/access/apiKeys`;
}

/** The organization-level edit page of a key (description, roles, access list). */
export function orgApiKeyEditPath(orgId: string, keyId: string): string {
  return `${orgAccessPath(orgId)}/${encodeURIComponent(keyId)}/edit`;
}

/** The organization's settings page. */
export function orgSettingsPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/settings`;
}

/** The organization's projects: create, rename, delete. */
export function orgProjectsPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/projects`;
}

/** The Activity Feed tab of an organization's or a project's Access Manager. */
export function orgActivityPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/access/activity`;
}

export function projectActivityPath(groupId: string): string {
  return `/projects/${encodeURIComponent(groupId)}/access/activity`;
}

/** The Service Accounts tab of an organization's or a project's Access Manager. */
export function orgServiceAccountsPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/access/serviceAccounts`;
}

export function projectServiceAccountsPath(groupId: string): string {
  return `/projects/${encodeURIComponent(groupId)}/access/serviceAccounts`;
}

/** The Users tab of an organization's or a project's Access Manager. */
export function orgUsersPath(orgId: string): string {
  return `/orgs/${encodeURIComponent(orgId)}/access/users`;
}

export function projectUsersPath(groupId: string): string {
  return `/projects/${encodeURIComponent(groupId)}/access/users`;
}
