// Create API Key, step 2: the new key's Public Key and Private Key, each with
// Copy. The private key is shown this once; Next stays disabled until the
// user says it is copied. Leaving any other way asks first (see
// LeaveSecretDialog, wired by the page).
import { CopyOnceStep } from "../../../components/wizard/copy-once-step.tsx";

export interface NewKeySecretStepProps {
  publicKey: string;
  privateKey: string;
  onCancel: () => void;
  onNext: () => void;
}

export function NewKeySecretStep({ publicKey, privateKey, onCancel, onNext }: NewKeySecretStepProps) {
  return (
    <CopyOnceStep
      warningTitle="The Private Key is only shown once: on this page."
      warning="Click Copy to add the Private Key to the clipboard, then save and secure both the Public and Private Keys. Access Manager keeps no copy of the Private Key: if it is lost, delete this key and create a new one."
      values={[
        { label: "Public Key", hint: "acts as the username when making API requests.", value: publicKey },
        { label: "Private Key", hint: "acts as the password when making API requests.", value: privateKey },
      ]}
      confirmLabel="I have copied the private key"
      onCancel={onCancel}
      onNext={onNext}
    />
  );
}
