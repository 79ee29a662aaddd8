// The signed-in frame, laid out like Atlas: a dark top bar (product,
// organization switcher, account menu), a sidebar, and the page. Below 768px
// the sidebar folds away behind a Navigation button.
import { useEffect, useRef, useState } from "react";
import { Link, Outlet, useLocation, useMatch } from "react-router";
import { OrgSwitcher } from "../features/orgs/components/org-switcher.tsx";
import { useProject } from "../features/projects/api/project.ts";
import { ProjectPicker } from "../features/projects/components/project-picker.tsx";
import { ProjectSettingsMenu } from "../features/projects/components/project-settings-menu.tsx";
import { useCurrentUser } from "../features/session/api/current-user.ts";
import { UserMenu } from "../features/session/components/user-menu.tsx";
import { orgAccessPath, orgProjectsPath, orgSettingsPath, projectAccessPath } from "../lib/paths.ts";
import styles from "./shell.module.css";

export function Shell() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  // The shell sits above the org routes, so it reads the org from the URL;
  // a project's URL has no org in it, so there the project names its org.
  const groupId = useMatch("/projects/:groupId/*")?.params.groupId;
  const project = useProject(groupId).data;
  // A project out of reach names no org: the pickers then show the user's
  // own organization, so the "no access" page still offers a way elsewhere.
  const usersOrgId = user.data?.orgRoles[0]?.orgId ?? user.data?.groupRoles[0]?.orgId;
  const orgId = useMatch("/orgs/:orgId/*")?.params.orgId ?? project?.orgId ?? (groupId ? usersOrgId : undefined);
  const inAccessManager = useMatch("/orgs/:orgId/access/*") !== null;
  const inProjectAccess = useMatch("/projects/:groupId/access/*") !== null;
  const inProjects = useMatch("/orgs/:orgId/projects") !== null;
  const inSettings = useMatch("/orgs/:orgId/settings") !== null;
  const [navOpen, setNavOpen] = useState(false);

  const sidebarRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // A page change closes the folded navigation.
  useEffect(() => {
    setNavOpen(false);
  }, [pathname]);

  // Opening it on a narrow screen moves focus into it, so keyboard users land where they asked to go.
  useEffect(() => {
    if (navOpen) sidebarRef.current?.querySelector<HTMLElement>("a")?.focus();
  }, [navOpen]);

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        Skip to main content
      </a>
      <header className={styles.topBar}>
        <button
          ref={toggleRef}
          type="button"
          className={styles.navToggle}
          aria-expanded={navOpen}
          aria-controls="sidebar"
          onClick={() => setNavOpen((open) => !open)}
        >
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
          </svg>
          <span className="sr-only">Navigation</span>
        </button>
        <Link to="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <span className={styles.brandName}>Access Manager</span>
        </Link>
        <OrgSwitcher currentOrgId={orgId} />
        {/* Wide screens: the project menu sits beside the organization's; narrow ones have it in the navigation. */}
        {orgId ? (
          <div className={styles.projectBar}>
            <ProjectPicker orgId={orgId} currentGroupId={groupId} />
            {project ? <ProjectSettingsMenu groupId={project.id} projectName={project.name} /> : null}
          </div>
        ) : null}
        <div className={styles.spacer} />
        {user.data ? <UserMenu email={user.data.email} /> : null}
      </header>
      <div className={styles.body}>
        {/* Mouse and touch convenience: a tap beside the open navigation closes it (Escape does for keyboards). */}
        {navOpen ? <div className={styles.scrim} aria-hidden="true" onClick={() => setNavOpen(false)} /> : null}
        <nav
          ref={sidebarRef}
          id="sidebar"
          aria-label="Organization"
          className={`${styles.sidebar} ${navOpen ? styles.sidebarOpen : ""}`}
          onKeyDown={(event) => {
            if (event.key === "Escape" && navOpen) {
              setNavOpen(false);
              toggleRef.current?.focus();
            }
          }}
        >
          <ul className={styles.navList}>
            <li>
              <Link
                to={orgId ? orgAccessPath(orgId) : "/"}
                className={styles.navItem}
                aria-current={inAccessManager ? "page" : undefined}
              >
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <circle cx="5.5" cy="8" r="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  <path d="M8.5 8h6M12.5 8v2.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                </svg>
                Access Manager
              </Link>
            </li>
            {orgId ? (
              <>
                <li>
                  <Link to={orgProjectsPath(orgId)} className={styles.navItem} aria-current={inProjects ? "page" : undefined}>
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                      <path d="M2 4.5h4l1.5 1.5H14v6.5H2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
                    </svg>
                    Projects
                  </Link>
                </li>
                <li>
                  <Link to={orgSettingsPath(orgId)} className={styles.navItem} aria-current={inSettings ? "page" : undefined}>
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                      <circle cx="8" cy="8" r="2.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
                      <path d="M8 1.75v2M8 12.25v2M1.75 8h2M12.25 8h2M3.6 3.6l1.4 1.4M11 11l1.4 1.4M3.6 12.4L5 11M11 5l1.4-1.4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                    </svg>
                    Organization Settings
                  </Link>
                </li>
              </>
            ) : null}
          </ul>
          {orgId ? (
            <div className={styles.navProjectPicker}>
              <ProjectPicker orgId={orgId} currentGroupId={groupId} tone="light" />
            </div>
          ) : null}
          {project ? (
            <>
              <p id="sidebar-project" className={styles.navSection}>
                <span className="sr-only">Project: </span>
                {project.name}
              </p>
              <ul className={styles.navList} aria-labelledby="sidebar-project">
                <li>
                  <Link
                    to={projectAccessPath(project.id)}
                    className={styles.navItem}
                    aria-current={inProjectAccess ? "page" : undefined}
                  >
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                      <circle cx="5.5" cy="8" r="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
                      <path d="M8.5 8h6M12.5 8v2.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                    </svg>
                    Access Manager
                  </Link>
                </li>
              </ul>
            </>
          ) : null}
        </nav>
        <main id="main" tabIndex={-1} className={styles.main}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
