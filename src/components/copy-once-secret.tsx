// A secret shown once (a new key's private key, a service account's client
// secret): a warning that stays, each value with Copy, and a tick the user
// must set ("I have copied …") before the step's way on is enabled. The page
// gives the buttons, since a wizard step and a dialog end differently.
import { useId, useState, type ReactNode } from "react";
import { Callout } from "./ui/callout.tsx";
import { Checkbox } from "./ui/checkbox.tsx";
import { Copyable, type CopyableProps } from "./ui/copyable.tsx";
import styles from "./wizard/wizard.module.css";

export interface CopyOnceSecretProps {
  warningTitle: string;
  warning: ReactNode;
  /** In order; the secret among them, and what names it (a public key, a client ID). */
  values: readonly CopyableProps[];
  /** "I have copied the private key" */
  confirmLabel: string;
  /** The step's buttons, given whether the user has ticked the box. */
  children: (copied: boolean) => ReactNode;
}

export function CopyOnceSecret({ warningTitle, warning, values, confirmLabel, children }: CopyOnceSecretProps) {
  const warningId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Callout variant="warning" id={warningId} title={warningTitle}>
        {warning}
      </Callout>
      <div className={styles.keys}>
        {values.map((value) => (
          <Copyable key={value.label} {...value} />
        ))}
      </div>
      <Checkbox
        label={confirmLabel}
        checked={copied}
        onChange={(event) => setCopied(event.target.checked)}
        aria-describedby={warningId}
      />
      {children(copied)}
    </>
  );
}
