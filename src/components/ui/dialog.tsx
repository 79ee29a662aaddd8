// Styled wrapper of Radix Dialog: focus trap, Escape, scroll lock and focus
// return come from Radix. `alert` gives AlertDialog semantics for destructive
// confirmations: role="alertdialog", and a click outside does not dismiss it.
import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import styles from "./dialog.module.css";

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  /** Read with the title when the dialog opens. */
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons, right-aligned under the content. */
  footer?: ReactNode;
  alert?: boolean;
  size?: "medium" | "large";
  /** E.g. to start on Cancel rather than the first field. */
  onOpenAutoFocus?: (event: Event) => void;
  onCloseAutoFocus?: (event: Event) => void;
}

export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  alert = false,
  size = "medium",
  onOpenAutoFocus,
  onCloseAutoFocus,
}: DialogProps) {
  const stayOpen = alert ? (event: Event) => event.preventDefault() : undefined;
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content
          className={`${styles.content} ${styles[size]}`}
          role={alert ? "alertdialog" : "dialog"}
          // Without a description Radix expects this to be said out loud.
          {...(description ? {} : { "aria-describedby": undefined })}
          onPointerDownOutside={stayOpen}
          onInteractOutside={stayOpen}
          onOpenAutoFocus={onOpenAutoFocus}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <div className={styles.header}>
            <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
            {alert ? null : (
              <RadixDialog.Close className={styles.close} aria-label="Close">
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
                </svg>
              </RadixDialog.Close>
            )}
          </div>
          <div className={styles.body}>
            {description ? <RadixDialog.Description className={styles.description}>{description}</RadixDialog.Description> : null}
            {children}
          </div>
          {footer ? <div className={styles.footer}>{footer}</div> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Wraps a footer button that should simply close the dialog (Cancel, Close). */
export const DialogClose = RadixDialog.Close;
