// "Invite to Project", step one: find an organization key by public key or
// description and pick it. Keys already in this project stay in the list,
// disabled, with the reason next to them, so "where is my key?" has an answer.
import { useDeferredValue, useId, useMemo, useState, type Ref } from "react";
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { TextField } from "../../../components/ui/text-field.tsx";
import styles from "./invite-to-project.module.css";

export interface InviteKeyPickerProps {
  keys: readonly ApiKey[];
  /** Ids of the keys already assigned to this project. */
  inProject: ReadonlySet<string>;
  value: string;
  onChange: (keyId: string) => void;
  onBlur: () => void;
  error?: string;
  searchRef?: Ref<HTMLInputElement>;
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

export function InviteKeyPicker({ keys, inProject, value, onChange, onBlur, error, searchRef }: InviteKeyPickerProps) {
  const id = useId();
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim().toLocaleLowerCase());

  // Keys that can be invited first, then those already here; each by description.
  const sorted = useMemo(
    () =>
      [...keys].sort(
        (a, b) => Number(inProject.has(a.id)) - Number(inProject.has(b.id)) || collator.compare(a.desc, b.desc),
      ),
    [keys, inProject],
  );
  const shown = query
    ? sorted.filter((key) => key.publicKey.toLocaleLowerCase().includes(query) || key.desc.toLocaleLowerCase().includes(query))
    : sorted;
  const selected = keys.find((key) => key.id === value);

  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>Organization API key</legend>
      <TextField
        ref={searchRef}
        label="Find a key by public key or description"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <p role="status" className={styles.count}>
        {query ? `${shown.length} of ${keys.length} keys match` : `${keys.length} keys in the organization`}
      </p>
      {shown.length === 0 ? (
        <p className={styles.none}>{keys.length === 0 ? "The organization has no API keys yet." : "No API keys match."}</p>
      ) : (
        <ul className={styles.keyList} data-invalid={error ? "" : undefined}>
          {shown.map((key) => {
            const already = inProject.has(key.id);
            const optionId = `${id}-${key.id}`;
            return (
              <li key={key.id}>
                <label className={styles.keyOption}>
                  <input
                    type="radio"
                    name={`${id}-key`}
                    value={key.id}
                    className={styles.radio}
                    checked={value === key.id}
                    disabled={already}
                    // Named by the key alone; the reason it is disabled is its description.
                    aria-labelledby={`${optionId}-name`}
                    aria-describedby={already ? `${optionId}-reason` : undefined}
                    onChange={() => onChange(key.id)}
                    onBlur={onBlur}
                  />
                  <span id={`${optionId}-name`} className={styles.keyText}>
                    <span className={styles.publicKey}>{key.publicKey}</span>
                    <span className={styles.keyDesc}>{key.desc}</span>
                  </span>
                  {already ? (
                    <span id={`${optionId}-reason`} className={styles.reason}>
                      Already in this project
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {selected ? (
        <p className={styles.selected}>
          Selected: <strong>{selected.desc}</strong> (<span className={styles.publicKey}>{selected.publicKey}</span>)
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
