// The top bar's project menu: the organization's projects the user can see,
// each a link to that project's Access Manager (its only page so far).
import { Menu, MenuContent, MenuLabel, MenuLinkItem, MenuTrigger } from "../../../components/ui/menu.tsx";
import { projectAccessPath } from "../../../lib/paths.ts";
import { useOrgProjects } from "../api/org-projects.ts";
import styles from "./project-picker.module.css";

export interface ProjectPickerProps {
  orgId: string;
  currentGroupId: string | undefined;
  /** "dark" in the top bar; "light" in the navigation on narrow screens. */
  tone?: "dark" | "light";
}

export function ProjectPicker({ orgId, currentGroupId, tone = "dark" }: ProjectPickerProps) {
  const projects = useOrgProjects(orgId);
  const list = projects.data?.results ?? [];
  const current = list.find((project) => project.id === currentGroupId);
  const name = current?.name ?? (projects.isPending ? "Loading…" : "Select a project");

  return (
    <Menu>
      {/* Named by its visible text, like the organization menu. */}
      <MenuTrigger className={`${styles.trigger} ${tone === "light" ? styles.light : ""}`} disabled={!projects.data}>
        <span className={styles.kicker}>Project</span> <span className={styles.name}>{name}</span>
        <svg className={styles.chevron} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>Projects</MenuLabel>
        {list.length === 0 ? <MenuLabel>No projects you can see in this organization.</MenuLabel> : null}
        {list.map((project) => (
          <MenuLinkItem key={project.id} to={projectAccessPath(project.id)}>
            <span className={styles.indicatorSlot} aria-hidden="true">
              {project.id === currentGroupId ? (
                <svg width="16" height="16" viewBox="0 0 16 16">
                  <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                </svg>
              ) : null}
            </span>
            {project.name}
            {project.id === currentGroupId ? <span className="sr-only"> (current project)</span> : null}
          </MenuLinkItem>
        ))}
      </MenuContent>
    </Menu>
  );
}
