// What a user without the owner role sees at a key wizard's URL: the reason,
// and the way back.
import { OwnerRequiredNotice } from "../../../components/owner-required-notice.tsx";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { WizardFrame } from "../../../components/wizard/wizard-frame.tsx";

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
    <WizardFrame title={title} tablePath={tablePath} backLabel={project ? "Project API Keys" : "Organization API Keys"}>
      <OwnerRequiredNotice action={action} project={project} />
      <p>
        <ButtonLink to={tablePath}>Back to API Keys</ButtonLink>
      </p>
    </WizardFrame>
  );
}
