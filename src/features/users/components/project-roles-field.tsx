// Project roles for several projects at once (Invite Users, Edit Roles): one
// collapsible group per project of the organization, each the shared role
// checklist. A project with no role ticked is one the user has no access to.
// Its value maps project id to roles, empty lists included.
import { useState } from "react";
import { PROJECT_ROLE_INFO, PROJECT_ROLES, type ProjectRole } from "../../../../contract/role-catalog.ts";
import { RoleChecklist } from "../../../components/role-checklist.tsx";
import styles from "./users.module.css";

export type ProjectRoles = Record<string, ProjectRole[]>;

export interface ProjectRolesFieldProps {
  projects: readonly { id: string; name: string }[];
  value: ProjectRoles;
  onChange: (value: ProjectRoles) => void;
  disabled?: boolean;
}

export function ProjectRolesField({ projects, value, onChange, disabled }: ProjectRolesFieldProps) {
  // Open where roles are given at first; then as the user leaves them (unticking the last role keeps it open).
  const [open, setOpen] = useState(() => new Set(Object.keys(value).filter((id) => (value[id] ?? []).length > 0)));
  if (projects.length === 0) return null;
  return (
    <fieldset className={styles.projectRoles}>
      <legend>Project Permissions (optional)</legend>
      {projects.map((project) => {
        const roles = value[project.id] ?? [];
        return (
          <details
            key={project.id}
            className={styles.project}
            open={open.has(project.id)}
            onToggle={(event) => {
              const isOpen = event.currentTarget.open;
              setOpen((before) => (isOpen === before.has(project.id) ? before : toggled(before, project.id)));
            }}
          >
            <summary>
              {project.name}: {roles.length === 0 ? "no access" : `${roles.length} ${roles.length === 1 ? "role" : "roles"}`}
            </summary>
            <RoleChecklist
              legend={`Project Permissions in ${project.name}`}
              roles={PROJECT_ROLES}
              info={PROJECT_ROLE_INFO}
              value={roles}
              disabled={disabled}
              onChange={(next) => onChange({ ...value, [project.id]: next })}
            />
          </details>
        );
      })}
    </fieldset>
  );
}

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The API's groupRoleAssignments: the projects with at least one role. */
export function toAssignments(value: ProjectRoles): { groupId: string; groupRoles: ProjectRole[] }[] {
  return Object.entries(value)
    .filter(([, roles]) => roles.length > 0)
    .map(([groupId, groupRoles]) => ({ groupId, groupRoles }));
}

export function fromAssignments(assignments: readonly { groupId: string; groupRoles: string[] }[]): ProjectRoles {
  const known = (role: string): role is ProjectRole => (PROJECT_ROLES as readonly string[]).includes(role);
  return Object.fromEntries(assignments.map((assignment) => [assignment.groupId, assignment.groupRoles.filter(known)]));
}
