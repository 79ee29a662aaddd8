// What a user without Organization Owner sees at a key wizard's URL: the
// reason, and the way back. The server would refuse the changes anyway.
import { ButtonLink } from "../../../components/ui/button.tsx";
import { WizardFrame } from "./wizard-frame.tsx";
import styles from "./key-wizard.module.css";

export function OwnerRequired({ title, action, tablePath }: { title: string; action: string; tablePath: string }) {
  return (
    <WizardFrame title={title} tablePath={tablePath}>
      <div className={styles.notice} role="alert">
        <p>
          <strong>You need the Organization Owner role</strong> to {action}. Ask an Organization Owner of this
          organization to do it, or to give you the role.
        </p>
      </div>
      <p>
        <ButtonLink to={tablePath}>Back to API Keys</ButtonLink>
      </p>
    </WizardFrame>
  );
}
