// "Create API Key", in an API Keys page's header and in its empty table: the
// wizard is the page's `new` route, for an organization and a project alike.
import { ButtonLink } from "./ui/button.tsx";

export function CreateApiKeyLink() {
  return (
    <ButtonLink to="new" variant="primary">
      Create API Key
    </ButtonLink>
  );
}
