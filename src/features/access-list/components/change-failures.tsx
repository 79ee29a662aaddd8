// The changes a Save could not make, one line each, above the form: each
// says what was tried and why the server refused. Nothing typed is cleared.
import type { ReactNode } from "react";
import { Banner } from "../../../components/ui/banner.tsx";
import type { ChangeFailure } from "./use-save-access-list.ts";
import styles from "./access-list-editor.module.css";

export function ChangeFailures({ failures, action }: { failures: readonly ChangeFailure[]; action?: ReactNode }) {
  if (failures.length === 0) return null;
  const title = failures.length === 1 ? "One change was not saved" : `${failures.length} changes were not saved`;
  return (
    <Banner title={title} action={action}>
      <ul className={styles.failures}>
        {failures.map((failure) => (
          <li key={failure.change}>
            <strong>{failure.change}:</strong> {failure.reason}
          </li>
        ))}
      </ul>
      <p>Every change not listed here was saved. Fix what is marked and save again.</p>
    </Banner>
  );
}
