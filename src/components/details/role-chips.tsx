// A credential's roles in one place, or "None." (a project's list can be
// empty when the credential has left the project).
import { roleLabel } from "../../../contract/role-catalog.ts";
import styles from "./details.module.css";

export function RoleChips({ roles }: { roles: readonly string[] }) {
  if (roles.length === 0) return <p className={styles.muted}>None.</p>;
  return (
    <ul className={styles.chips}>
      {roles.map((role) => (
        <li key={role}>{roleLabel(role)}</li>
      ))}
    </ul>
  );
}
