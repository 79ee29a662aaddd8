// "Create API Key", in an API Keys page's header and in its empty table: the
// wizard is the page's `new` route, for an organization and a project alike.
import { useLocation } from "react-router";
import { ButtonLink } from "./ui/button.tsx";

export function CreateApiKeyLink() {
  // With the table's query string (filter, sort, page), for the wizard's way back.
  const { search } = useLocation();
  return (
    <ButtonLink to={{ pathname: "new", search }} variant="primary">
      Create API Key
    </ButtonLink>
  );
}
