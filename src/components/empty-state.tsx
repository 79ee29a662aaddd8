// What a list shows instead of rows: a title, a sentence on what belongs
// here, and the way forward: buttons for those who may act, or a sentence
// saying who can.
import type { ReactNode } from "react";
import styles from "./empty-state.module.css";

export interface EmptyStateProps {
  title: ReactNode;
  text: ReactNode;
  /** Buttons; when absent, `whoCan` is shown instead. */
  actions?: ReactNode;
  whoCan?: string;
}

export function EmptyState({ title, text, actions, whoCan }: EmptyStateProps) {
  return (
    <div className={styles.empty}>
      <h3 className={styles.title}>{title}</h3>
      <p className={styles.text}>{text}</p>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
      {!actions && whoCan ? <p className={styles.text}>{whoCan}</p> : null}
    </div>
  );
}
