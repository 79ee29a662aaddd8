// The frame of the create and edit wizards (API keys, service accounts): a way back to the table, the page title, the
// steps, and the current step's card. When the step changes, focus moves to
// the new step's heading, so keyboard and screen reader users start there.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { BackLink } from "../ui/back-link.tsx";
import { Stepper } from "../ui/stepper.tsx";
import styles from "./wizard.module.css";

export interface WizardFrameProps {
  title: string;
  /** Under the title, e.g. which key is being edited. */
  subtitle?: ReactNode;
  /** Without steps (a notice, loading), the children stand alone under the title. */
  steps?: readonly string[];
  current?: number;
  tablePath: string;
  /** The name of the way back: the table the wizard belongs to ("Organization API Keys"). */
  backLabel: string;
  children: ReactNode;
}

export function WizardFrame({
  title,
  subtitle,
  steps,
  current = 0,
  tablePath,
  backLabel,
  children,
}: WizardFrameProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(current);

  useEffect(() => {
    if (current !== firstStep.current) headingRef.current?.focus();
  }, [current]);

  return (
    <div className={styles.page}>
      <title>{`${title} | Access Manager`}</title>
      <BackLink to={tablePath}>{backLabel}</BackLink>
      <div>
        <h2 className={styles.title}>{title}</h2>
        {subtitle ? <p className={styles.lead}>{subtitle}</p> : null}
      </div>
      {steps ? (
        <>
          <Stepper label={`${title} steps`} steps={steps} current={current} />
          <section className={styles.card} aria-labelledby={headingId}>
            <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
              {steps[current]}
            </h3>
            {children}
          </section>
        </>
      ) : (
        children
      )}
    </div>
  );
}
