// The two ways a key joins a project, side by side in the page's header and
// in the empty table: invite one of the organization's keys, or create one.
// Create makes an organization key, so at the organization's limit (given by
// the route, which may read the organization's keys) it is disabled, saying why.
import { useLocation } from "react-router";
import { CreateApiKeyLink } from "../../../components/create-api-key-link.tsx";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { FROM_TABLE } from "../../../lib/route-state.ts";

export function ProjectKeyButtons({ orgKeyCount }: { orgKeyCount?: number }) {
  // A modal over the table: the table behind it keeps its query string
  // (filter, sort, page), and Cancel goes Back.
  const { search } = useLocation();
  return (
    <>
      <ButtonLink to={{ pathname: "invite", search }} state={FROM_TABLE}>
        Invite to Project
      </ButtonLink>
      <CreateApiKeyLink keyCount={orgKeyCount} />
    </>
  );
}
