// The frame of an Access Manager tab (API keys, service accounts, projects): the
// heading (focused when the row it came from is gone), a lead, the page's
// buttons, the last failure as a banner, then the table and dialogs
// (children), and the toast of the last success.
import type { ReactNode } from "react";
import { Banner } from "./ui/banner.tsx";
import { Button } from "./ui/button.tsx";
import { StatusToast } from "./ui/status-toast.tsx";
import type { PageFeedback } from "./use-page-feedback.ts";
import styles from "./resource-page.module.css";

export interface ResourcePageProps {
  /** The browser tab's title. */
  documentTitle: string;
  heading: string;
  lead: ReactNode;
  /** At the header's end: what those who may add rows can do; nothing for read-only users. */
  actions?: ReactNode;
  feedback: PageFeedback;
  children: ReactNode;
}

export function ResourcePage({ documentTitle, heading, lead, actions, feedback, children }: ResourcePageProps) {
  const { failure } = feedback;
  return (
    <div className={styles.page}>
      <title>{documentTitle}</title>
      <div className={styles.header}>
        <div>
          <h2 ref={feedback.headingRef} tabIndex={-1} className={styles.title}>
            {heading}
          </h2>
          <p className={styles.lead}>{lead}</p>
        </div>
        {actions}
      </div>
      {failure ? (
        <Banner title={failure.title} action={<Button onClick={feedback.dismissFailure}>Dismiss</Button>}>
          {failure.text}
          {failure.items ? (
            <ul className={styles.failures}>
              {failure.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {children}
      <StatusToast message={feedback.done} onDismiss={feedback.dismissDone} />
    </div>
  );
}

/** Several header buttons side by side (wrapping on a phone). */
export function HeaderActions({ children }: { children: ReactNode }) {
  return <div className={styles.headerActions}>{children}</div>;
}
