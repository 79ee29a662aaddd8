// The ten recovery codes, shown this once, under the copy-once conventions of
// a private key: a warning that stays, Copy, and Done enabled only after "I
// have saved my recovery codes"; leaving the tab meanwhile asks first.
import { useEffect, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Callout } from "../../../components/ui/callout.tsx";
import { Checkbox } from "../../../components/ui/checkbox.tsx";
import { Copyable } from "../../../components/ui/copyable.tsx";
import { useSecretOnScreen } from "../../../lib/secret-on-screen.ts";
import styles from "./account.module.css";

export function RecoveryCodes({ codes, onDone, doneLabel = "Done" }: { codes: string[]; onDone: () => void; doneLabel?: string }) {
  const [saved, setSaved] = useState(false);
  useSecretOnScreen(true);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
  return (
    <div className={styles.form}>
      <Callout variant="warning" title="Save your recovery codes now">
        They are only shown once, on this page. Each code signs you in once if you lose your authenticator app.
      </Callout>
      <ul className={styles.codes} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Copyable label="Recovery codes" value={codes.join("\n")} hint="Copies all ten, one per line" />
      <Checkbox label="I have saved my recovery codes" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
      <div className={styles.actions}>
        <Button variant="primary" disabled={!saved} onClick={onDone}>
          {doneLabel}
        </Button>
      </div>
    </div>
  );
}
