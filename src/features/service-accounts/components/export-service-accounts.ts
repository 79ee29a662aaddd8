// Export of a service-accounts table's matching rows (the shared
// export-rows.ts). Never a secret: only when each secret expires and was
// last used (the list has secrets masked anyway, and the mask is left out).
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { downloadFile, toCsv, toJson } from "../../../components/table/export-rows.ts";
import type { ExportFormat } from "../../../components/table/selection-bar.tsx";
import type { ServiceAccount } from "../api/service-account-types.ts";
import { lastUsedOf } from "./secret-expiry.ts";

export interface ExportedServiceAccount {
  clientId: string;
  name: string;
  description: string;
  roles: string[];
  secrets: { createdAt: string; expiresAt: string; lastUsedAt: string | null }[];
  created: string;
  lastUsed: string | null;
}

export function exportedAccounts(accounts: readonly ServiceAccount[]): ExportedServiceAccount[] {
  return accounts.map((account) => ({
    clientId: account.clientId,
    name: account.name,
    description: account.description,
    roles: account.roles.map(roleLabel),
    secrets: account.secrets.map(({ createdAt, expiresAt, lastUsedAt }) => ({ createdAt, expiresAt, lastUsedAt: lastUsedAt ?? null })),
    created: account.createdAt,
    lastUsed: lastUsedOf(account.secrets),
  }));
}

export function accountsCsv(accounts: readonly ServiceAccount[]): string {
  const header = ["Client ID", "Name", "Description", "Roles", "Secrets Expire", "Created", "Last Used"];
  return toCsv(
    header,
    exportedAccounts(accounts).map((a) => [
      a.clientId,
      a.name,
      a.description,
      a.roles.join("; "),
      a.secrets.map((secret) => secret.expiresAt).join("; "),
      a.created,
      a.lastUsed ?? "Never",
    ]),
  );
}

export function downloadAccounts(accounts: readonly ServiceAccount[], format: ExportFormat): void {
  downloadFile(format === "csv" ? accountsCsv(accounts) : toJson(exportedAccounts(accounts)), "service-accounts", format);
}
