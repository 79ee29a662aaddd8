// The two ways a key joins a project, side by side in the page's header and
// in the empty table: invite one of the organization's keys, or create one.
import { CreateApiKeyLink } from "../../../components/create-api-key-link.tsx";
import { ButtonLink } from "../../../components/ui/button.tsx";
import type { FromTableState } from "../../../lib/route-state.ts";

const FROM_TABLE: FromTableState = { fromTable: true };

export function ProjectKeyButtons() {
  return (
    <>
      {/* A modal over the table: Cancel goes Back. */}
      <ButtonLink to="invite" state={FROM_TABLE}>
        Invite to Project
      </ButtonLink>
      <CreateApiKeyLink />
    </>
  );
}
