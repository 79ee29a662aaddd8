// The role catalog: machine names as the Atlas API spells them, with the
// labels and one-line meanings the console shows. Meanings are our own words.
// No zod here: the console's first screens read labels from this module, and a
// module that builds schemas would pull zod into their first download once
// another chunk uses those schemas (see vite.config.ts).
export const ORG_ROLES = [
  "ORG_OWNER",
  "ORG_GROUP_CREATOR",
  "ORG_BILLING_ADMIN",
  "ORG_BILLING_READ_ONLY",
  "ORG_STREAM_PROCESSING_ADMIN",
  "ORG_READ_ONLY",
  "ORG_MEMBER",
] as const;

export const PROJECT_ROLES = [
  "GROUP_OWNER",
  "GROUP_CLUSTER_MANAGER",
  "GROUP_DATA_ACCESS_ADMIN",
  "GROUP_DATA_ACCESS_READ_WRITE",
  "GROUP_DATA_ACCESS_READ_ONLY",
  "GROUP_DATABASE_ACCESS_ADMIN",
  "GROUP_BACKUP_MANAGER",
  "GROUP_OBSERVABILITY_VIEWER",
  "GROUP_SEARCH_INDEX_EDITOR",
  "GROUP_STREAM_PROCESSING_OWNER",
  "GROUP_READ_ONLY",
] as const;

export type OrgRole = (typeof ORG_ROLES)[number];
export type ProjectRole = (typeof PROJECT_ROLES)[number];


export interface RoleInfo {
  label: string;
  meaning: string;
}

export const ORG_ROLE_INFO: Record<OrgRole, RoleInfo> = {
  ORG_OWNER: { label: "Organization Owner", meaning: "Full control of the organization, its settings, keys and every project." },
  ORG_GROUP_CREATOR: { label: "Organization Project Creator", meaning: "Can create projects; otherwise a member." },
  ORG_BILLING_ADMIN: { label: "Organization Billing Admin", meaning: "Manages billing and invoices; otherwise a member." },
  ORG_BILLING_READ_ONLY: { label: "Organization Billing Viewer", meaning: "Views billing; otherwise a member." },
  ORG_STREAM_PROCESSING_ADMIN: {
    label: "Organization Stream Processing Admin",
    meaning: "Owns stream processing in every project; otherwise read-only.",
  },
  ORG_READ_ONLY: { label: "Organization Read Only", meaning: "Reads the organization and every project, changes nothing." },
  ORG_MEMBER: { label: "Organization Member", meaning: "Reads the organization; sees only the projects it was added to." },
};

export const PROJECT_ROLE_INFO: Record<ProjectRole, RoleInfo> = {
  GROUP_OWNER: { label: "Project Owner", meaning: "Full control of the project, its access and its keys." },
  GROUP_CLUSTER_MANAGER: { label: "Project Cluster Manager", meaning: "Edits, pauses and resumes clusters." },
  GROUP_DATA_ACCESS_ADMIN: { label: "Project Data Access Admin", meaning: "Reads and writes data, manages indexes." },
  GROUP_DATA_ACCESS_READ_WRITE: { label: "Project Data Access Read/Write", meaning: "Reads and writes data." },
  GROUP_DATA_ACCESS_READ_ONLY: { label: "Project Data Access Read Only", meaning: "Reads data." },
  GROUP_DATABASE_ACCESS_ADMIN: { label: "Project Database Access Admin", meaning: "Manages database users and custom roles." },
  GROUP_BACKUP_MANAGER: { label: "Project Backup Manager", meaning: "Runs backups, snapshots and restores." },
  GROUP_OBSERVABILITY_VIEWER: { label: "Project Observability Viewer", meaning: "Views metrics, profiler and advisor." },
  GROUP_SEARCH_INDEX_EDITOR: { label: "Project Search Index Editor", meaning: "Manages search indexes." },
  GROUP_STREAM_PROCESSING_OWNER: { label: "Project Stream Processing Owner", meaning: "Manages stream processing." },
  GROUP_READ_ONLY: { label: "Project Read Only", meaning: "Views the project, changes nothing." },
};

export function roleLabel(role: string): string {
  return (ORG_ROLE_INFO as Record<string, RoleInfo>)[role]?.label ??
    (PROJECT_ROLE_INFO as Record<string, RoleInfo>)[role]?.label ?? role;
}
