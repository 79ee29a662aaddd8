// Create Service Account, step 2: the Client ID and the Client Secret, each
// with Copy; the secret is shown this once, and Next waits for the tick.
import { CopyOnceStep } from "../../../components/wizard/copy-once-step.tsx";
import { CLIENT_SECRET_WARNING } from "./secret-words.ts";

export interface ServiceAccountSecretStepProps {
  clientId: string;
  secret: string;
  onCancel: () => void;
  onNext: () => void;
}

export function ServiceAccountSecretStep({ clientId, secret, onCancel, onNext }: ServiceAccountSecretStepProps) {
  return (
    <CopyOnceStep
      {...CLIENT_SECRET_WARNING}
      values={[
        { label: "Client ID", hint: "names the account when it asks for an access token.", value: clientId },
        { label: "Client Secret", hint: "proves it is the account; traded for a one-hour access token.", value: secret },
      ]}
      onCancel={onCancel}
      onNext={onNext}
    />
  );
}
