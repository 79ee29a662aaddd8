// Create API Key, step 2: the new key's Public Key and Private Key, each with
// Copy. The private key is shown this once; Next stays disabled until the
// user says it is copied. Leaving any other way asks first (see
// LeaveSecretDialog, wired by the page).
import { useId, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import { Checkbox } from "../../../components/ui/checkbox.tsx";
import { Copyable } from "../../../components/ui/copyable.tsx";
import styles from "./key-wizard.module.css";

export interface NewKeySecretStepProps {
  publicKey: string;
  privateKey: string;
  onCancel: () => void;
  onNext: () => void;
}

export function NewKeySecretStep({ publicKey, privateKey, onCancel, onNext }: NewKeySecretStepProps) {
  const warningId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Callout variant="warning" id={warningId} title="The Private Key is only shown once: on this page.">
        Click Copy to add the Private Key to the clipboard, then save and secure both the Public and Private Keys.
        Access Manager keeps no copy of the Private Key: if it is lost, delete this key and create a new one.
      </Callout>
      <div className={styles.keys}>
        <Copyable label="Public Key" hint="acts as the username when making API requests." value={publicKey} />
        <Copyable label="Private Key" hint="acts as the password when making API requests." value={privateKey} />
      </div>
      <Checkbox
        label="I have copied the private key"
        checked={copied}
        onChange={(event) => setCopied(event.target.checked)}
        aria-describedby={warningId}
      />
      <div className={styles.actions}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="primary" onClick={onNext} disabled={!copied}>
          Next
        </Button>
      </div>
    </>
  );
}
