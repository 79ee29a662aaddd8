// The state of an access list being edited: entries typed but not saved (a
// react-hook-form field array checked with the contract's schemas on blur and
// on Save), entries on the key marked for removal, and what the server said
// about each. Kept by the page, so it survives moving between wizard steps.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import type { AccessListEntry } from "../../../../contract/access-list.ts";
import { draftSchema, entryFailures, type DraftValues } from "./access-list-draft.ts";

export function useAccessListDraft(existing: readonly AccessListEntry[]) {
  // Typed entries are compared with the entries on the key now: useForm takes
  // the latest resolver on every render, so a refreshed list (after a save)
  // is what the next check uses.
  const resolver = useMemo<Resolver<DraftValues>>(() => {
    const blocks = new Set(existing.map((entry) => entry.cidrBlock));
    return zodResolver(draftSchema(blocks));
  }, [existing]);

  const form = useForm<DraftValues>({ resolver, mode: "onBlur", reValidateMode: "onChange", defaultValues: { entries: [] } });
  const fields = useFieldArray({ control: form.control, name: "entries" });
  // Canonical blocks of entries to remove on Save, with the failure of a removal that was refused.
  const [removals, setRemovals] = useState<ReadonlyMap<string, string | null>>(new Map());

  return {
    form,
    fields,
    removals,
    toggleRemoval(block: string) {
      setRemovals((current) => {
        const next = new Map(current);
        if (next.has(block)) next.delete(block);
        else next.set(block, null);
        return next;
      });
    },
    /** Entries on the key (still there) that Save removes. */
    removedEntries(): AccessListEntry[] {
      return existing.filter((entry) => removals.has(entry.cidrBlock));
    },
    /** After Save: removals that succeeded disappear, refused ones keep their reason. */
    settleRemovals(failed: ReadonlyMap<string, string>) {
      setRemovals(new Map([...failed].map(([block, reason]) => [block, reason])));
    },
    /** After Save: the typed entries were added (cleared) or refused (kept, each with its reason). */
    settleAdd(outcome: { ok: true } | { ok: false; error: unknown }): string | null {
      if (outcome.ok) {
        form.reset({ entries: [] });
        return null;
      }
      const addresses = form.getValues("entries").map((entry) => entry.address);
      const failures = entryFailures(outcome.error, addresses);
      // Focus goes to the first refused entry, as it does for the form's own checks.
      const first = Math.min(...failures.byIndex.keys());
      for (const [index, message] of failures.byIndex) {
        form.setError(`entries.${index}.address`, { type: "server", message }, { shouldFocus: index === first });
      }
      return failures.summary;
    },
  };
}

export type AccessListDraft = ReturnType<typeof useAccessListDraft>;
