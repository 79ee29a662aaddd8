// A short confirmation in the corner ("API key deleted."). The live region is
// always in the page, so screen readers announce each new message; it fades
// on its own after a few seconds, or on Dismiss. Failures are not toasts: they
// stay on screen as banners until read.
import { useEffect } from "react";
import styles from "./status-toast.module.css";

export interface StatusToastProps {
  /** The message; null shows nothing. A new object restarts the timer. */
  message: { text: string } | null;
  onDismiss: () => void;
  durationMs?: number;
}

export function StatusToast({ message, onDismiss, durationMs = 6000 }: StatusToastProps) {
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(onDismiss, durationMs);
    return () => window.clearTimeout(timer);
  }, [message, onDismiss, durationMs]);

  return (
    <div role="status" aria-live="polite" className={styles.region}>
      {message ? (
        <div className={styles.toast}>
          <svg className={styles.icon} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M4.75 8.25l2.25 2.25 4.25-4.5" fill="none" stroke="#ffffff" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <span className={styles.text}>{message.text}</span>
          <button type="button" className={styles.dismiss} onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
