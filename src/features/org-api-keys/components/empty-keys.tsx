// What the table shows instead of rows: no keys at all, or none that match the filter.
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import styles from "./api-keys-table.module.css";

export function EmptyKeys({ canManage }: { canManage: boolean }) {
  return (
    <div className={styles.empty}>
      <h3 className={styles.emptyTitle}>No API keys yet</h3>
      <p className={styles.emptyText}>
        Scripts and tools call the Atlas Administration API with an API key: its public key acts as the username, its
        private key as the password, shown only once.
      </p>
      {canManage ? (
        <ButtonLink to="new" variant="primary" className={styles.emptyAction}>
          Create API Key
        </ButtonLink>
      ) : (
        <p className={styles.emptyText}>An Organization Owner can create one.</p>
      )}
    </div>
  );
}

export function NoMatches({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <div className={styles.empty}>
      <h3 className={styles.emptyTitle}>No API keys match “{query.trim()}”</h3>
      <p className={styles.emptyText}>The filter looks at public keys, descriptions, roles and project names.</p>
      <Button onClick={onClear} className={styles.emptyAction}>
        Clear filter
      </Button>
    </div>
  );
}
