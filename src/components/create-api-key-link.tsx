// "Create API Key", in an API Keys page's header and in its empty table: the
// wizard is the page's `new` route, for an organization and a project alike.
// At the organization's key limit it is a disabled button with the reason
// beside it, rather than a wizard that would fail at the end.
import { useId } from "react";
import { useLocation } from "react-router";
import { LIMITS } from "../../contract/limits.ts";
import { Button, ButtonLink } from "./ui/button.tsx";
import styles from "./create-api-key-link.module.css";

export function CreateApiKeyLink({ keyCount }: { keyCount?: number }) {
  // With the table's query string (filter, sort, page), for the wizard's way back.
  const { search } = useLocation();
  const reasonId = useId();
  if (keyCount !== undefined && keyCount >= LIMITS.keysPerOrg) {
    return (
      <div className={styles.atLimit}>
        <Button variant="primary" disabled aria-describedby={reasonId}>
          Create API Key
        </Button>
        <p id={reasonId} className={styles.reason}>
          This organization has {LIMITS.keysPerOrg} API keys, the most it can hold. Delete one to create another.
        </p>
      </div>
    );
  }
  return (
    <ButtonLink to={{ pathname: "new", search }} variant="primary">
      Create API Key
    </ButtonLink>
  );
}
