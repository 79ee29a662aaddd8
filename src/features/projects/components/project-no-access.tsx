// A project the user has no role in (or that does not exist: the server
// answers both with 404, so the console cannot and should not tell them apart).
// A clear page rather than an empty table, which would read as "no keys".
import { Link } from "react-router";
import styles from "./project-no-access.module.css";

export function ProjectNoAccess({ orgPath }: { orgPath: string }) {
  return (
    <div className={styles.page}>
      <title>No access | Access Manager</title>
      <svg className={styles.icon} width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">
        <rect x="9" y="18" width="22" height="16" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M14 18v-4a6 6 0 0 1 12 0v4" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <h1 className={styles.title}>You don&apos;t have access to this project</h1>
      <p className={styles.text}>
        The project does not exist, or you have no role in it. A Project Owner or an Organization Owner can give you
        access.
      </p>
      <p>
        <Link to={orgPath}>Go to your organization</Link>
      </p>
    </div>
  );
}
