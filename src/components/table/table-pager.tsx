// Page controls under the table: rows per page, where we are, previous/next.
import { useId } from "react";
import { Button } from "../ui/button.tsx";
import styles from "./table-pager.module.css";

export const PAGE_SIZES = [25, 50, 100] as const;

export interface TablePagerProps {
  /** Names the pager for screen readers: "Pages of API keys". */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function TablePager({ label, page, pageSize, total, onPage, onPageSize }: TablePagerProps) {
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className={styles.pager} aria-label={label}>
      <div className={styles.size}>
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          className={styles.select}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.range}>
        {first}–{last} of {total}
      </p>
      <div className={styles.buttons}>
        <Button onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label="Previous page">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M7.5 2.5L4 6l3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </Button>
        <span className={styles.pageOf}>
          Page {page} of {pageCount}
        </span>
        <Button onClick={() => onPage(page + 1)} disabled={page >= pageCount} aria-label="Next page">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M4.5 2.5L8 6 4.5 9.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </Button>
      </div>
    </nav>
  );
}
