import type { ComponentPropsWithRef } from "react";
import styles from "./button.module.css";

export type ButtonVariant = "primary" | "secondary";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  /** Fill the container's width (forms on narrow screens). */
  wide?: boolean;
}

export function Button({ variant = "secondary", wide = false, className, type = "button", ...props }: ButtonProps) {
  const classes = [styles.button, styles[variant], wide ? styles.wide : undefined, className].filter(Boolean).join(" ");
  return <button type={type} className={classes} {...props} />;
}
