// A read that failed with nothing (or something stale) on screen: the
// server's reason and a Retry that says when it is running.
import { errorMessage } from "../lib/api-error.ts";
import { Banner } from "./ui/banner.tsx";
import { Button } from "./ui/button.tsx";

/** The part of a React Query result the banner needs. */
export interface RetryableQuery {
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/** Several reads behind one banner: the first error, and a Retry that reads them all again. */
export function combinedQuery(...queries: RetryableQuery[]): RetryableQuery {
  return {
    error: queries.find((q) => q.error)?.error ?? null,
    isFetching: queries.some((q) => q.isFetching),
    refetch: () => Promise.all(queries.map((q) => q.refetch())),
  };
}

export function LoadFailedBanner({ title, query }: { title: string; query: RetryableQuery }) {
  return (
    <Banner
      title={title}
      action={
        <Button onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? "Retrying…" : "Retry"}
        </Button>
      }
    >
      {errorMessage(query.error)}
    </Banner>
  );
}
