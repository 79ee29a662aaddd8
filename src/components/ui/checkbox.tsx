// A native checkbox with its label beside it: the whole label is the click
// target, and Space toggles it, as browsers do.
import type { ComponentPropsWithRef, ReactNode } from "react";
import styles from "./checkbox.module.css";

export interface CheckboxProps extends Omit<ComponentPropsWithRef<"input">, "type" | "children"> {
  label: ReactNode;
}

export function Checkbox({ label, className, ...inputProps }: CheckboxProps) {
  return (
    <label className={[styles.checkbox, className].filter(Boolean).join(" ")}>
      <input type="checkbox" className={styles.input} {...inputProps} />
      <span>{label}</span>
    </label>
  );
}
