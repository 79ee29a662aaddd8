// The columns of a service-accounts table (an organization's or a project's)
// for the shared LocalTable. Secrets expiring within a week are flagged in
// their column; an account never used 30 days after its creation is marked
// Unused, as a key is. Its last use is the latest of its secrets'.
import type { ReactNode } from "react";
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { collator, compareTimes, type Column, type SortState } from "../../../components/table/column.ts";
import { RelativeDate } from "../../../components/table/date-text.tsx";
import type { RowNoun } from "../../../components/table/row-noun.ts";
import { LastUsedCell } from "../../../components/table/last-used-cell.tsx";
import tableStyles from "../../../components/table/keys-table.module.css";
import type { ServiceAccount } from "../api/service-account-types.ts";
import { lastUsedOf } from "./secret-expiry.ts";
import { SecretExpiry } from "./secret-expiry-text.tsx";
import styles from "./service-accounts.module.css";

export const SERVICE_ACCOUNT_NOUN: RowNoun = { one: "service account", many: "service accounts" };

export type ColumnId = "name" | "clientId" | "roles" | "secrets" | "lastUsed" | "created";
export const NEWEST_FIRST: SortState<ColumnId> = { column: "created", direction: "descending" };

const roleLabels = (account: ServiceAccount) => account.roles.map(roleLabel);
const soonestExpiry = (account: ServiceAccount) => account.secrets.map((secret) => secret.expiresAt).sort()[0] ?? null;

/** `now`: when the list was read, what "expires soon" and "never used in 30 days" are measured against. */
export function serviceAccountColumns(rolesLabel: string, now: number): Column<ServiceAccount, ColumnId>[] {
  return [
    {
      id: "name",
      label: "Name",
      cell: (account) => (
        <td className={tableStyles.publicKey} data-cell="title">
          {account.name}
        </td>
      ),
      compare: (a, b) => collator.compare(a.name, b.name),
      filterText: (account) => [account.name, account.description],
    },
    {
      id: "clientId",
      label: "Client ID",
      cell: (account) => (
        <td className={styles.mono} data-label="Client ID">
          {account.clientId}
        </td>
      ),
      compare: (a, b) => collator.compare(a.clientId, b.clientId),
      filterText: (account) => [account.clientId],
    },
    {
      id: "roles",
      label: rolesLabel,
      cell: (account) => (
        <td data-label="Permissions">
          <ul className={`${tableStyles.list} ${tableStyles.roles}`}>
            {roleLabels(account).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </td>
      ),
      compare: (a, b) => collator.compare(roleLabels(a).join(", "), roleLabels(b).join(", ")),
      filterText: roleLabels,
    },
    {
      id: "secrets",
      label: "Client Secrets",
      cell: (account) => <td data-label="Client Secrets">{secretsCell(account, now)}</td>,
      // The soonest to expire first: that is the one to act on.
      compare: (a, b) => compareTimes(soonestExpiry(a), soonestExpiry(b)),
    },
    {
      id: "lastUsed",
      label: "Last Used",
      cell: (account) => <LastUsedCell lastUsed={lastUsedOf(account.secrets)} created={account.createdAt} now={now} />,
      compare: (a, b) => compareTimes(lastUsedOf(a.secrets), lastUsedOf(b.secrets)),
      firstDirection: "descending",
    },
    {
      id: "created",
      label: "Created",
      cell: (account) => (
        <td className={tableStyles.date} data-label="Created">
          <RelativeDate iso={account.createdAt} fallback="—" />
        </td>
      ),
      compare: (a, b) => compareTimes(a.createdAt, b.createdAt),
      firstDirection: "descending",
    },
  ];
}

function secretsCell(account: ServiceAccount, now: number): ReactNode {
  if (account.secrets.length === 0) return <span className={styles.muted}>None</span>;
  return (
    <ul className={styles.secretList}>
      {account.secrets.map((secret) => (
        <li key={secret.id}>
          <SecretExpiry expiresAt={secret.expiresAt} now={now} />
        </li>
      ))}
    </ul>
  );
}
