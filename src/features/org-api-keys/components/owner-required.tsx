// What a user without Organization Owner sees at a key wizard's URL: the
// reason, and the way back. The server would refuse the changes anyway.
import { ButtonLink } from "../../../components/ui/button.tsx";
import { WizardFrame } from "./wizard-frame.tsx";
import styles from "./key-wizard.module.css";

export function OwnerRequired({
  title,
  action,
  tablePath,
  project = false,
}: {
  title: string;
  action: string;
  tablePath: string;
  /** In a project, a Project Owner may do it too. */
  project?: boolean;
}) {
  return (
    <WizardFrame title={title} tablePath={tablePath} backLabel={project ? "Project API Keys" : undefined}>
      <div className={styles.notice} role="alert">
        {project ? (
          <p>
            <strong>You need the Project Owner role</strong> (or Organization Owner) to {action}. Ask a Project Owner to
            do it, or to give you the role.
          </p>
        ) : (
          <p>
            <strong>You need the Organization Owner role</strong> to {action}. Ask an Organization Owner of this
            organization to do it, or to give you the role.
          </p>
        )}
      </div>
      <p>
        <ButtonLink to={tablePath}>Back to API Keys</ButtonLink>
      </p>
    </WizardFrame>
  );
}
