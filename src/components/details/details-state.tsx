// What a details modal shows before, or instead of, the details: gone (404),
// another reason not to show it (a notice), failed with nothing loaded, or
// loading. Once something is loaded it stays readable, even after a failed
// background refresh.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiError } from "../../lib/api-error.ts";
import { LoadFailedBanner } from "../load-failed-banner.tsx";
import styles from "./details.module.css";

export interface DetailsStateProps<T> {
  query: UseQueryResult<T>;
  /** What it is, lower case: "API key", "service account". */
  noun: string;
  /** Said when the server answers 404. */
  goneText: string;
  /** Another reason the loaded data is not shown (not in this project), or null. */
  notice?: string | null;
  /** The loaded data, when it may be shown. */
  shown: T | undefined;
  children: (shown: T) => ReactNode;
}

export function isGone(query: UseQueryResult<unknown>): boolean {
  return query.error instanceof ApiError && query.error.status === 404;
}

export function DetailsState<T>({ query, noun, goneText, notice, shown, children }: DetailsStateProps<T>) {
  if (isGone(query)) {
    return (
      <p role="alert" className={styles.gone}>
        {goneText}
      </p>
    );
  }
  if (notice) {
    return (
      <p role="alert" className={styles.gone}>
        {notice}
      </p>
    );
  }
  if (shown !== undefined) return children(shown);
  if (query.isError) return <LoadFailedBanner title={`Could not load this ${noun}`} query={query} />;
  return (
    <p role="status" className={styles.loading}>
      Loading {noun}…
    </p>
  );
}
