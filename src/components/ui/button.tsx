import type { ComponentPropsWithRef } from "react";
import { Link, type LinkProps } from "react-router";
import styles from "./button.module.css";

/** danger: destructive confirmations only (Delete), so they never look like an ordinary action. */
export type ButtonVariant = "primary" | "secondary" | "danger";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  /** Fill the container's width (forms on narrow screens). */
  wide?: boolean;
}

export function Button({ variant = "secondary", wide = false, className, type = "button", ...props }: ButtonProps) {
  const classes = [styles.button, styles[variant], wide ? styles.wide : undefined, className].filter(Boolean).join(" ");
  return <button type={type} className={classes} {...props} />;
}

/** A link that looks like a button: for actions that are places (Create API Key -> .../new). */
export function ButtonLink({ variant = "secondary", className, ...props }: LinkProps & { variant?: ButtonVariant }) {
  const classes = [styles.button, styles[variant], className].filter(Boolean).join(" ");
  return <Link className={classes} {...props} />;
}
