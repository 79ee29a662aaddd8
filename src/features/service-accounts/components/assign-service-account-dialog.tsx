// .../serviceAccounts/invite on a project's page: "Assign Existing Service
// Account": pick one of the organization's accounts not yet in the project,
// give it Project Permissions, Assign. A refusal is shown in the dialog and
// changes nothing; on success the dialog closes and the row is marked.
import { useId, useState } from "react";
import { PROJECT_ROLE_INFO, PROJECT_ROLES } from "../../../../contract/roles.ts";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { RoleChecklist } from "../../../components/role-checklist.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { RouteDialog } from "../../../components/route-dialog.tsx";
import { DialogClose } from "../../../components/ui/dialog.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useCloseModalRoute } from "../../../lib/use-close-modal-route.ts";
import { useInviteServiceAccount } from "../api/change-service-account.ts";
import { useServiceAccounts } from "../api/service-accounts.ts";
import styles from "./service-accounts.module.css";

export interface AssignServiceAccountDialogProps {
  orgId: string;
  groupId: string;
  projectName: string;
  /** Marks the assigned account's row once the dialog has closed. */
  onAssigned: (clientId: string, name: string) => void;
}

export function AssignServiceAccountDialog({ orgId, groupId, projectName, onAssigned }: AssignServiceAccountDialogProps) {
  const close = useCloseModalRoute();
  const selectId = useId();
  const orgAccounts = useServiceAccounts({ kind: "org", orgId });
  const inProject = useServiceAccounts({ kind: "project", orgId, groupId });
  const invite = useInviteServiceAccount(groupId);
  const [clientId, setClientId] = useState("");
  const [roles, setRoles] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const present = new Set(inProject.data?.results.map((account) => account.clientId));
  const candidates = (orgAccounts.data?.results ?? []).filter((account) => !present.has(account.clientId));

  function assign() {
    setProblem(null);
    if (!clientId) return setProblem("Choose a service account.");
    if (roles.length === 0) return setProblem("Select at least one role.");
    invite.mutate(
      { clientId, roles },
      {
        onSuccess: (account) => {
          close();
          onAssigned(account.clientId, account.name);
        },
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  }

  return (
    <RouteDialog
      size="large"
      title="Assign Existing Service Account"
      description={`Give one of the organization's service accounts roles in ${projectName}.`}
      footer={
        <>
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
          <Button variant="primary" onClick={assign} disabled={invite.isPending || candidates.length === 0}>
            {invite.isPending ? "Assigning…" : "Assign"}
          </Button>
        </>
      }
    >
      {problem ? <Banner title="Could not assign the service account">{problem}</Banner> : null}
      {orgAccounts.isError ? <LoadFailedBanner title="Could not load the organization's service accounts" query={orgAccounts} /> : null}
      {orgAccounts.isPending ? <p role="status">Loading service accounts…</p> : null}
      {orgAccounts.data && candidates.length === 0 ? <p>Every service account of the organization is already in this project.</p> : null}
      {candidates.length > 0 ? (
        <div className={styles.select}>
          <label htmlFor={selectId}>Service Account</label>
          <select id={selectId} value={clientId} onChange={(event) => setClientId(event.target.value)}>
            <option value="">Choose an account</option>
            {candidates.map((account) => (
              <option key={account.clientId} value={account.clientId}>
                {account.name} ({account.clientId})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <RoleChecklist legend="Project Permissions" roles={PROJECT_ROLES} info={PROJECT_ROLE_INFO} value={roles} onChange={setRoles} />
    </RouteDialog>
  );
}
