// .../serviceAccounts/:clientId: "<Name> Service Account Details", a modal
// over the table. The URL is the state: reload keeps it open; Close, Escape
// and Back return to the table. Those who manage the account also generate
// and revoke its secrets here, and find Edit in the footer.
import { useLocation, useParams } from "react-router";
import { DetailsState, isGone } from "../../../components/details/details-state.tsx";
import { RouteDialog } from "../../../components/route-dialog.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { DialogClose } from "../../../components/ui/dialog.tsx";
import { useServiceAccount } from "../api/service-accounts.ts";
import type { ServiceAccountScope } from "../api/service-account-types.ts";
import { ServiceAccountDetails } from "./service-account-details.tsx";

export interface ServiceAccountDetailsDialogProps {
  scope: ServiceAccountScope;
  canManage: boolean;
}

export function ServiceAccountDetailsDialog({ scope, canManage }: ServiceAccountDetailsDialogProps) {
  const { clientId = "" } = useParams();
  const { search } = useLocation();
  const account = useServiceAccount(scope, clientId);
  const shown = account.data && !isGone(account) ? account.data : undefined;
  return (
    <RouteDialog
      size="large"
      title={shown ? `${shown.name} Service Account Details` : "Service Account Details"}
      footer={
        <>
          {canManage && shown ? (
            <ButtonLink to={{ pathname: "edit", search }}>{scope.kind === "org" ? "Edit" : "Edit Permissions"}</ButtonLink>
          ) : null}
          <DialogClose asChild>
            <Button variant="primary">Close</Button>
          </DialogClose>
        </>
      }
    >
      <DetailsState
        query={account}
        noun="service account"
        goneText="This service account no longer exists here. It may have been deleted or removed from this project."
        shown={shown}
      >
        {(loaded) => <ServiceAccountDetails scope={scope} account={loaded} canManage={canManage} />}
      </DetailsState>
    </RouteDialog>
  );
}
