// The field of a destructive confirmation that enables its button only once
// the expected text (a public key, a number of keys) is typed. The dialog's
// confirm button submits this form (form={formId}), so Enter confirms too.
import { useState } from "react";
import { TextField } from "./ui/text-field.tsx";

export interface TypeToConfirmProps {
  formId: string;
  expected: string;
  onConfirm: () => void;
  /** Tells the dialog whether its button may be enabled. */
  onMatch: (matches: boolean) => void;
  className?: string;
  inputMode?: "numeric" | "text";
}

export function TypeToConfirm({ formId, expected, onConfirm, onMatch, className, inputMode = "text" }: TypeToConfirmProps) {
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === expected;
  return (
    <form
      id={formId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (matches) onConfirm();
      }}
    >
      <TextField
        label={`Type ${expected} to confirm`}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          onMatch(event.target.value.trim() === expected);
        }}
        inputMode={inputMode}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        className={className}
      />
    </form>
  );
}
