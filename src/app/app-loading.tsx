// Shown while the app learns who is signed in or loads a route's code.
import styles from "./app-loading.module.css";

export function AppLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
