// A date in a details modal: the exact local date first, the relative phrase
// as a hint: "Nov 29, 2026, 3:03 AM (3 days ago)".
import { formatExact, formatRelative } from "../../lib/format-date.ts";
import type { DateTextProps } from "../table/date-text.tsx";

export function ExactDate({ iso, fallback, className }: DateTextProps) {
  if (!iso) return <span className={className}>{fallback}</span>;
  return (
    <span className={className}>
      <time dateTime={iso}>{formatExact(iso)}</time> ({formatRelative(iso)})
    </span>
  );
}
