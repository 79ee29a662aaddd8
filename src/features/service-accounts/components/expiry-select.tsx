// Client Secret Expiration: how long a new secret works, as a menu of
// durations (a native select: keyboard and screen-reader complete), none
// longer than the organization allows. A value the menu no longer offers
// (the settings arrived after the form started) moves to the default.
import { useEffect, useId, type Ref } from "react";
import { expiryChoices } from "./secret-expiry.ts";
import styles from "./service-accounts.module.css";

export interface ExpirySelectProps {
  value: number;
  onChange: (hours: number) => void;
  /** The organization's maxServiceAccountSecretValidityInHours. */
  maxHours: number;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
  disabled?: boolean;
}

export function ExpirySelect({ value, onChange, maxHours, error, selectRef, disabled }: ExpirySelectProps) {
  const id = useId();
  const { options, defaultHours } = expiryChoices(maxHours);
  const offered = options.some((option) => option.hours === value);
  useEffect(() => {
    if (!offered) onChange(defaultHours);
  }, [offered, defaultHours, onChange]);
  return (
    <div className={styles.select}>
      <label htmlFor={id}>Client Secret Expiration</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {options.map((option) => (
          <option key={option.hours} value={option.hours}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={styles.hint}>
        After this, the secret can no longer mint tokens. Generate a new one before it expires.
      </p>
      {error ? (
        <p id={`${id}-error`} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
