// The steps of a wizard ("API Key Information" → …): where the user is, what
// is done and what comes next. An ordered list with aria-current="step", so
// screen readers read "step 2 of 3, current step".
import styles from "./stepper.module.css";

export interface StepperProps {
  /** Names the list, e.g. "Create API Key steps". */
  label: string;
  steps: readonly string[];
  /** Index of the current step. */
  current: number;
}

export function Stepper({ label, steps, current }: StepperProps) {
  return (
    <ol className={styles.stepper} aria-label={label}>
      {steps.map((step, index) => {
        const state = index < current ? "done" : index === current ? "current" : "upcoming";
        return (
          <li key={step} className={styles.step} data-state={state} aria-current={state === "current" ? "step" : undefined}>
            <span className={styles.marker} aria-hidden="true">
              {state === "done" ? (
                <svg width="12" height="12" viewBox="0 0 12 12">
                  <path d="M2.5 6.5l2.25 2.25L9.5 3.75" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
                </svg>
              ) : (
                index + 1
              )}
            </span>
            <span className={styles.label}>
              {step}
              {state === "done" ? <span className="sr-only"> (done)</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
