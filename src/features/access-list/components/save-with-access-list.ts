// Save of an edit wizard whose last step is the access list: the credential's
// own change (a PATCH of its description, name or roles, when any) and the
// access list's changes are sent together, and every refusal is listed, the
// PATCH's first. What succeeded is not sent again on the next Save.
import { errorMessage } from "../../../lib/api-error.ts";
import type { ChangeFailure } from "./use-save-access-list.ts";

export interface CredentialChange {
  /** How the failure list names it: "Update description and permissions". */
  change: string;
  send: () => Promise<unknown>;
}

export interface SaveOutcome {
  failures: ChangeFailure[];
  /** The PATCH's refusal, for forms that put it next to their fields. */
  patchError: unknown;
}

export async function saveWithAccessList(patch: CredentialChange | null, accessList: Promise<ChangeFailure[]>): Promise<SaveOutcome> {
  const [patchError, accessFailures] = await Promise.all([
    patch ? patch.send().then(() => null, (error: unknown) => error ?? new Error("PATCH failed")) : null,
    accessList,
  ]);
  const failures = patch && patchError ? [{ change: patch.change, reason: errorMessage(patchError) }, ...accessFailures] : accessFailures;
  return { failures, patchError };
}
