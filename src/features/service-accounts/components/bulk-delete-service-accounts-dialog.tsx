// "Delete" with several of an organization's service accounts selected: the
// shared bulk confirmation, given each account's client ID, name and the
// projects it leaves (one request per account, read as the dialog opens).
import { useQueries } from "@tanstack/react-query";
import { BulkDeleteDialog } from "../../../components/bulk-delete-dialog.tsx";
import { useOrgProjects } from "../../projects/api/org-projects.ts";
import { serviceAccountProjectsQueryOptions } from "../api/service-account-projects.ts";
import type { ServiceAccount } from "../api/service-account-types.ts";
import { SERVICE_ACCOUNT_NOUN } from "./service-account-columns.tsx";

export interface BulkDeleteServiceAccountsDialogProps {
  orgId: string;
  accounts: readonly ServiceAccount[];
  onCancel: () => void;
  onConfirm: (accounts: readonly ServiceAccount[]) => void;
  onClosed: (deleted: boolean) => void;
}

export function BulkDeleteServiceAccountsDialog({ orgId, accounts, onCancel, onConfirm, onClosed }: BulkDeleteServiceAccountsDialogProps) {
  const names = new Map((useOrgProjects(orgId).data?.results ?? []).map((group) => [group.id, group.name]));
  const assignments = useQueries({ queries: accounts.map((account) => serviceAccountProjectsQueryOptions(orgId, account.clientId)) });
  return (
    <BulkDeleteDialog
      noun={SERVICE_ACCOUNT_NOUN}
      items={accounts.map((account, index) => {
        const groups = assignments[index]?.data?.results;
        return {
          id: account.clientId,
          identifier: account.clientId,
          name: account.name,
          // Until its projects are read (or when they cannot be), never "In no project".
          projects: groups?.map(({ groupId }) => ({ groupId, name: names.get(groupId) ?? null })),
        };
      })}
      onCancel={onCancel}
      onConfirm={() => onConfirm(accounts)}
      onClosed={onClosed}
    />
  );
}
