// How long a new client secret may live in this organization: its settings'
// maxServiceAccountSecretValidityInHours (8 to 8760, 8760 when unset). Until
// the settings arrive, or if they cannot be read, the contract's default;
// the server has the last word either way.
import { useOrgSettings } from "../../../lib/org-settings-query.ts";

/** The organization's cap when its settings name none (Atlas: 8 hours to 365 days). */
const DEFAULT_MAX_EXPIRY_HOURS = 8760;

export function useSecretValidityCap(orgId: string): number {
  return useOrgSettings(orgId).data?.maxServiceAccountSecretValidityInHours ?? DEFAULT_MAX_EXPIRY_HOURS;
}
