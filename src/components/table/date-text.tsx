// Dates in the keys table: a relative phrase to scan, the exact local time on
// hover, and read out to screen readers after the phrase (a title alone is
// not read reliably). The details modal, reached by keyboard from the row
// menu, leads with the exact date: see key-details.tsx.
import { formatExact, formatRelative } from "../../lib/format-date.ts";

export interface DateTextProps {
  iso: string | null | undefined;
  /** What to say when there is no date, e.g. "Never". */
  fallback: string;
  className?: string;
}

export function RelativeDate({ iso, fallback, className }: DateTextProps) {
  if (!iso) return <span className={className}>{fallback}</span>;
  return (
    <time dateTime={iso} title={formatExact(iso)} className={className}>
      {formatRelative(iso)}
      <span className="sr-only"> ({formatExact(iso)})</span>
    </time>
  );
}
