// A set of roles to pick from, each with its meaning: "Organization
// Permissions" or "Project Permissions". Native checkboxes in a fieldset, so
// the group's name, each role's meaning and the group's error are all read
// by screen readers without ARIA patches.
import { useId, type Ref } from "react";
import type { RoleInfo } from "../../contract/role-catalog.ts";
import styles from "./role-checklist.module.css";

export interface RoleChecklistProps<R extends string> {
  legend: string;
  /** The catalog, in display order. */
  roles: readonly R[];
  info: Record<R, RoleInfo>;
  value: readonly string[];
  onChange: (roles: R[]) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
  /** Focus target for the form library on a failed submit. */
  firstRef?: Ref<HTMLInputElement>;
  hint?: string;
}

export function RoleChecklist<R extends string>({
  legend,
  roles,
  info,
  value,
  onChange,
  onBlur,
  error,
  disabled = false,
  firstRef,
  hint,
}: RoleChecklistProps<R>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const toggle = (role: R, checked: boolean) =>
    // Keep the catalog's order whatever the click order.
    onChange(roles.filter((candidate) => (candidate === role ? checked : value.includes(candidate))));

  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy} data-invalid={error ? "" : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <ul className={styles.list}>
        {roles.map((role, index) => (
          <li key={role}>
            <label className={styles.option}>
              <input
                ref={index === 0 ? firstRef : undefined}
                type="checkbox"
                className={styles.checkbox}
                checked={value.includes(role)}
                disabled={disabled}
                onChange={(event) => toggle(role, event.target.checked)}
                onBlur={onBlur}
                // Named by the label alone; the meaning is its description.
                aria-labelledby={`${id}-${role}-label`}
                aria-describedby={`${id}-${role}`}
              />
              <span className={styles.text}>
                <span id={`${id}-${role}-label`} className={styles.label}>
                  {info[role].label}
                </span>
                <span id={`${id}-${role}`} className={styles.meaning}>
                  {info[role].meaning}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
