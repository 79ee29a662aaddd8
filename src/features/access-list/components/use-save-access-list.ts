// Save of an edited access list: the typed entries in ONE POST (all or
// nothing) and one DELETE per entry marked for removal, all sent together.
// Each refusal is reported as a change that did not happen; what succeeded
// is not sent again on the next Save.
import { useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../../../lib/api-error.ts";
import { accessListEndpoint, accessListParams, type AccessListOwner } from "../api/access-list.ts";
import { useAddAccessListEntries } from "../api/add-access-list-entries.ts";
import { entryName, useDeleteAccessListEntry } from "../api/delete-access-list-entry.ts";
import { toRequest, type DraftValues } from "./access-list-draft.ts";
import type { AccessListDraft } from "./use-access-list-draft.ts";

/** A change the server refused, for a list of failures on the page. */
export interface ChangeFailure {
  change: string;
  reason: string;
}

export function useSaveAccessList(owner: AccessListOwner) {
  const queryClient = useQueryClient();
  const add = useAddAccessListEntries(owner);
  const remove = useDeleteAccessListEntry(owner);

  return async function save(draft: AccessListDraft, values: DraftValues): Promise<ChangeFailure[]> {
    const requests = toRequest(values);
    const removed = draft.removedEntries();
    const [added, ...removals] = await Promise.allSettled([
      requests.length > 0 ? add.mutateAsync(requests) : Promise.resolve(null),
      ...removed.map((entry) => remove.mutateAsync(entry)),
    ]);

    const failures: ChangeFailure[] = [];
    if (added?.status === "rejected") {
      const reason = draft.settleAdd({ ok: false, error: added.reason }) ?? errorMessage(added.reason);
      const names = requests.map((request) => request.ipAddress ?? request.cidrBlock).join(", ");
      failures.push({ change: `Add ${names}`, reason });
    } else if (requests.length > 0) {
      draft.settleAdd({ ok: true });
    }
    const refused = new Map<string, string>();
    removals.forEach((result, index) => {
      const entry = removed[index];
      if (result.status === "fulfilled" || !entry) return;
      refused.set(entry.cidrBlock, errorMessage(result.reason));
      failures.push({ change: `Remove ${entryName(entry)}`, reason: errorMessage(result.reason) });
    });
    draft.settleRemovals(refused);

    if (requests.length > 0 || removed.length > 0) {
      // The server's list is the truth, whatever went through; the page need not wait for it.
      void queryClient.invalidateQueries({ queryKey: [accessListEndpoint(owner), accessListParams(owner)] });
    }
    return failures;
  };
}
