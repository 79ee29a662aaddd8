// How an Access Manager page reports what its row actions (Delete, Remove from
// Project) and its modals did: success as a toast that fades, failure as a
// banner that stays until dismissed; and where focus goes after a
// confirmation dialog closes.
import { useCallback, useRef, useState } from "react";
import { errorMessage } from "../lib/api-error.ts";
import { runEach } from "../lib/run-each.ts";
import { rowMenuButton } from "./row-menu.tsx";

export interface Failure {
  title: string;
  text: string;
  /** One line per item a bulk action could not change, with the server's reason. */
  items?: string[];
}

export interface BulkOutcome<T> {
  /** What each item is called in the report (its public key). */
  name: (item: T) => string;
  /** The toast when every item worked, given how many. */
  done: (count: number) => string;
  /** The banner's title when some did not, given how many did and how many were asked. */
  failed: (doneCount: number, total: number) => string;
  /** What is still as it was for the failed ones ("These keys were not deleted."). */
  unchanged: string;
}

export interface Outcome {
  /** The toast when it worked. */
  done: string;
  /** The banner's title when it did not. */
  failed: string;
  /** After the server's reason: what is still as it was ("The key was not deleted."). */
  unchanged: string;
}

export function usePageFeedback() {
  const [done, setDone] = useState<{ text: string } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Stable: effects depend on these (the toast's timer, a page's notice on arrival).
  const notify = useCallback((text: string) => setDone({ text }), []);
  const dismissDone = useCallback(() => setDone(null), []);

  return {
    done,
    failure,
    headingRef,
    notify,
    dismissDone,
    dismissFailure: () => setFailure(null),
    /** Reports how a row action ends; each of several overlapping actions reports. */
    report(action: Promise<unknown>, outcome: Outcome) {
      setFailure(null);
      action.then(
        () => setDone({ text: outcome.done }),
        (error: unknown) => setFailure({ title: outcome.failed, text: `${errorMessage(error)} ${outcome.unchanged}` }),
      );
    },
    /** Reports a bulk action item by item: a toast when all worked, else a banner naming each failure. */
    async reportEach<T>(items: readonly T[], action: (item: T) => Promise<unknown>, outcome: BulkOutcome<T>) {
      setFailure(null);
      const { done: worked, failed } = await runEach(items, action);
      if (failed.length === 0) {
        setDone({ text: outcome.done(worked.length) });
        return;
      }
      setFailure({
        title: outcome.failed(worked.length, items.length),
        text: outcome.unchanged,
        items: failed.map(({ item, error }) => `${outcome.name(item)}: ${errorMessage(error)}`),
      });
    },
    /** After a confirmation: back to the row's menu button, or to the heading when the row is gone. */
    returnFocus(rowId: string, rowGone: boolean) {
      ((rowGone ? undefined : rowMenuButton(rowId)) ?? headingRef.current)?.focus();
    },
  };
}

export type PageFeedback = ReturnType<typeof usePageFeedback>;
