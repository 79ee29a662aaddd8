// A small Copy button beside a value shown elsewhere (the public key in the
// details modal): writes it to the clipboard and says "Copied" in a live
// region, so screen readers hear it too.
import { useEffect, useState } from "react";
import { Button } from "./button.tsx";
import styles from "./copy-button.module.css";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <span className={styles.wrap}>
      <Button
        className={styles.button}
        aria-label={label}
        onClick={() => navigator.clipboard.writeText(value).then(() => setState("copied"), () => setState("failed"))}
      >
        Copy
      </Button>
      <span role="status" className={styles.status}>
        {state === "copied" ? "Copied" : state === "failed" ? "Could not copy" : ""}
      </span>
    </span>
  );
}
