// The banner of a key list that could not be loaded, with Retry. Shown alone
// when nothing was loaded, above the rows when a background refresh failed.
import type { UseQueryResult } from "@tanstack/react-query";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";

export function KeysLoadFailed({ query }: { query: Pick<UseQueryResult, "error" | "isFetching" | "refetch"> }) {
  return (
    <Banner
      title="Could not load API keys"
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
