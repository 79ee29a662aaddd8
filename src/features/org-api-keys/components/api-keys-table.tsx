// The organization's table of API keys: all its keys, with the projects each
// is in, and the row menu of an organization (Edit, Delete for owners).
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { ApiKeysTableView } from "../../../components/table/keys-table-view.tsx";
import type { SortColumn } from "../../../components/table/key-rows.ts";
import { useOrgApiKeys } from "../api/org-api-keys.ts";
import { useOrgGroupNames } from "../api/org-groups.ts";
import { EmptyKeys } from "./empty-keys.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { KeyActionsMenu } from "./key-actions-menu.tsx";

const ORG_COLUMNS: readonly SortColumn[] = ["publicKey", "desc", "roles", "projects", "lastUsed", "created"];

export interface ApiKeysTableProps {
  orgId: string;
  canManage: boolean;
  onDelete: (apiKey: ApiKey) => void;
  onDeleteMany: (keys: readonly ApiKey[]) => void;
  highlightId?: string | null;
}

export function ApiKeysTable({ orgId, canManage, onDelete, onDeleteMany, highlightId }: ApiKeysTableProps) {
  const keys = useOrgApiKeys(orgId, { poll: true });
  const groups = useOrgGroupNames(orgId);
  return (
    <ApiKeysTableView
      keys={keys}
      groupNames={groups.data}
      caption="Organization API keys"
      columns={ORG_COLUMNS}
      rolesLabel="Organization Permissions"
      empty={<EmptyKeys canManage={canManage} />}
      renderActions={(apiKey) => <KeyActionsMenu apiKey={apiKey} canManage={canManage} onDelete={onDelete} />}
      // Read-only users have nothing to do with a selection (Export needs none).
      renderBulkActions={
        canManage
          ? (selected) => (
              <Button variant="danger" onClick={() => onDeleteMany(selected)}>
                Delete
              </Button>
            )
          : undefined
      }
      highlightId={highlightId}
    />
  );
}
