// A value to copy (a public or private key): the value in full, a Copy
// button that writes it to the clipboard, and "Copied" in a live region so
// screen readers hear it too. When the clipboard is unavailable (an insecure
// origin, a denied permission) the value is selected for a manual copy.
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./button.tsx";
import styles from "./copyable.module.css";

export interface CopyableProps {
  label: string;
  value: string;
  /** One line under the label, e.g. "acts as the username". */
  hint?: string;
}

type CopyState = "idle" | "copied" | "failed";

export function Copyable({ label, value, hint }: CopyableProps) {
  const id = useId();
  const valueRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      const node = valueRef.current;
      const selection = window.getSelection();
      if (node && selection) selection.selectAllChildren(node);
      setState("failed");
    }
  }

  return (
    <div className={styles.copyable} role="group" aria-labelledby={`${id}-label`}>
      <div className={styles.head}>
        <span id={`${id}-label`} className={styles.label}>
          {label}
        </span>
        {hint ? <span className={styles.hint}>{hint}</span> : null}
      </div>
      <div className={styles.row}>
        <code ref={valueRef} className={styles.value} data-copy-value="">
          {value}
        </code>
        <div className={styles.actions}>
          <Button onClick={() => void copy()} aria-describedby={`${id}-label`}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <rect x="4.5" y="4.5" width="8" height="8" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.25" />
              <path d="M9.5 2.5v-.25a.75.75 0 00-.75-.75h-6.5a.75.75 0 00-.75.75v6.5c0 .41.34.75.75.75h.25" fill="none" stroke="currentColor" strokeWidth="1.25" />
            </svg>
            Copy
          </Button>
          <span role="status" className={styles.status} data-state={state}>
            {state === "copied" ? "Copied" : state === "failed" ? "Could not copy: the key is selected, copy it by hand" : ""}
          </span>
        </div>
      </div>
    </div>
  );
}
