// Dates of keys and access-list entries. In the table: a relative phrase to
// scan, the exact local time on hover. In details: the exact date first, with
// the relative phrase as a hint.
import { formatExact, formatRelative } from "../../../lib/format-date.ts";

interface DateTextProps {
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
    </time>
  );
}

export function ExactDate({ iso, fallback, className }: DateTextProps) {
  if (!iso) return <span className={className}>{fallback}</span>;
  return (
    <span className={className}>
      <time dateTime={iso}>{formatExact(iso)}</time> ({formatRelative(iso)})
    </span>
  );
}
