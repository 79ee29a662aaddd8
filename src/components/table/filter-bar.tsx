// Above a table: the text filter, the stale-credential filters (usage, role,
// project) where the table has them, as native selects, and how many rows
// match. Native selects: they are keyboard and screen-reader complete, and
// cost nothing on first load.
import { useId, type Ref } from "react";
import { TextField } from "../ui/text-field.tsx";
import { USAGE_FILTERS, type TableFilters, type UsageFilter } from "./row-filters.ts";
import styles from "./keys-table.module.css";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterBarProps {
  /** "Filter API keys" */
  label: string;
  /** What the text filter looks at: "Public key, description or role". */
  placeholder: string;
  text: string;
  onText: (text: string) => void;
  textRef: Ref<HTMLInputElement>;
  /** Undefined where the table has the text filter only. */
  filters?: TableFilters;
  onFilters: (changes: Partial<TableFilters>) => void;
  roles: readonly FilterOption[];
  /** Undefined where the table has no Projects column (a project's own table). */
  projects?: readonly FilterOption[];
  /** "3 of 60 API keys match" or "60 API keys" (row-noun.ts). */
  count: string;
}

export function FilterBar({ label, placeholder, text, onText, textRef, filters, onFilters, roles, projects, count }: FilterBarProps) {
  return (
    <div className={styles.toolbar}>
      <div className={styles.filters}>
        <TextField
          label={label}
          type="search"
          className={styles.filter}
          placeholder={placeholder}
          ref={textRef}
          value={text}
          onChange={(event) => onText(event.target.value)}
        />
        {filters ? (
          <>
            <FilterSelect
              label="Usage"
              value={filters.usage}
              options={Object.entries(USAGE_FILTERS).map(([value, name]) => ({ value, label: name }))}
              onChange={(usage) => onFilters({ usage: usage as UsageFilter | null })}
            />
            <FilterSelect label="Role" value={filters.role} options={roles} onChange={(role) => onFilters({ role })} />
            {/* No project to choose (no row is in one): no Project filter, unless the URL names one. */}
            {projects && (projects.length > 0 || filters.project !== null) ? (
              <FilterSelect label="Project" value={filters.project} options={projects} onChange={(project) => onFilters({ project })} />
            ) : null}
          </>
        ) : null}
      </div>
      <p role="status" className={styles.count}>
        {count}
      </p>
    </div>
  );
}

function FilterSelect(props: {
  label: string;
  value: string | null;
  options: readonly FilterOption[];
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  const { label, value, options, onChange } = props;
  // A value from the URL that no row has (a deleted project) stays visible, so the empty result is explained.
  const shown = value !== null && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className={styles.select}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Any</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
