// The role schemas, over the catalog in role-catalog.ts (re-exported here so
// existing imports keep working; first-load console code imports the catalog
// directly to stay free of zod).
import { z } from "zod";
import { ORG_ROLES, PROJECT_ROLES } from "./role-catalog.ts";

export {
  ORG_ROLES,
  PROJECT_ROLES,
  ORG_ROLE_INFO,
  PROJECT_ROLE_INFO,
  roleLabel,
  type OrgRole,
  type ProjectRole,
  type RoleInfo,
} from "./role-catalog.ts";

export const orgRoleSchema = z.enum(ORG_ROLES);
export const projectRoleSchema = z.enum(PROJECT_ROLES);
