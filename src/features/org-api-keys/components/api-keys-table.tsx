// The organization's API keys, with the three states a list can be in before
// it has rows: loading (skeleton rows), failed (banner + Retry), empty.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { roleLabel } from "../../../../contract/roles.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { SkeletonRows, Table } from "../../../components/ui/table.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { formatExact, formatRelative } from "../../../lib/format-date.ts";
import { useOrgApiKeys } from "../api/org-api-keys.ts";
import styles from "./api-keys-table.module.css";

const COLUMNS = ["Public Key", "Description", "Organization Permissions", "Last Used", "Created"];

function DateCell({ iso, fallback }: { iso: string | null | undefined; fallback: string }) {
  if (!iso) return <span className={styles.muted}>{fallback}</span>;
  return (
    <time dateTime={iso} title={formatExact(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  // Project roles ride along on the same key; this column is about the organization.
  const orgRoles = apiKey.roles.filter((role) => role.groupId === undefined);
  return (
    <tr>
      <td className={styles.publicKey}>{apiKey.publicKey}</td>
      <td className={styles.description}>{apiKey.desc}</td>
      <td>
        <ul className={styles.roles}>
          {orgRoles.map((role) => (
            <li key={role.roleName}>{roleLabel(role.roleName)}</li>
          ))}
        </ul>
      </td>
      <td className={styles.date}>
        <DateCell iso={apiKey.lastUsed} fallback="Never" />
      </td>
      <td className={styles.date}>
        <DateCell iso={apiKey.created} fallback="—" />
      </td>
    </tr>
  );
}

export function ApiKeysTable({ orgId }: { orgId: string }) {
  const keys = useOrgApiKeys(orgId);

  const banner = keys.isError ? (
    <Banner
      title="Could not load API keys"
      action={
        <Button onClick={() => void keys.refetch()} disabled={keys.isFetching}>
          {keys.isFetching ? "Retrying…" : "Retry"}
        </Button>
      }
    >
      {errorMessage(keys.error)}
    </Banner>
  ) : null;

  if (keys.isPending) {
    return (
      <div className={styles.stack}>
        <p role="status" className="sr-only">
          Loading API keys…
        </p>
        <Table caption="Organization API keys" columns={COLUMNS} busy>
          <SkeletonRows rows={3} columns={COLUMNS.length} />
        </Table>
      </div>
    );
  }

  // Failed with nothing to show: the banner alone. (A failed background
  // refresh keeps the rows it had and shows the banner above them.)
  if (!keys.data) return banner;

  if (keys.data.results.length === 0) {
    return (
      <div className={styles.stack}>
        {banner}
        <div className={styles.empty}>
          <h3 className={styles.emptyTitle}>
            No API keys yet
          </h3>
          <p className={styles.emptyText}>
            API keys let scripts and tools call the Atlas Administration API for this organization without a
            user&apos;s password. Each key has a public key, which acts as the username, and a private key, which acts
            as the password and is shown only once, when the key is created.
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.stack}>
      {banner}
      <Table caption="Organization API keys" columns={COLUMNS}>
        {keys.data.results.map((apiKey) => (
          <KeyRow key={apiKey.id} apiKey={apiKey} />
        ))}
      </Table>
    </div>
  );
}
