// The access-list check shared by every programmatic credential (an API key
// over Digest, a service account over Bearer): what a credential's grants
// hold, and which of its entries lets the caller in, or the 403 Atlas gives.
import { cidrContains, type ParsedCidr } from "../../contract/ip.ts";
import type { CredentialRoles } from "../domain/principal.ts";
import { ApiError } from "../http/api-error.ts";

/** What a credential may do and from where: read once its secret checked out. */
export interface CredentialGrants extends CredentialRoles {
  /** The access list, parsed once. */
  entries: { block: string; cidr: ParsedCidr }[];
  accessListRequired: boolean;
}

/** Returns the entry the caller came through (undefined when the credential has none), or throws 403. */
export function matchAccessList(grants: Pick<CredentialGrants, "entries" | "accessListRequired">, callerIp: string): string | undefined {
  if (grants.entries.length === 0) {
    if (grants.accessListRequired) {
      throw new ApiError(403, "ORG_REQUIRES_ACCESS_LIST", "This organization requires access through an access list of IP ranges.", [
        callerIp,
      ]);
    }
    return undefined;
  }
  // The most specific matching entry gets the usage.
  let best: { block: string; prefix: number } | undefined;
  for (const e of grants.entries) {
    if (cidrContains(e.cidr, callerIp) && (!best || e.cidr.prefix > best.prefix)) best = { block: e.block, prefix: e.cidr.prefix };
  }
  if (!best) {
    throw new ApiError(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", `IP address ${callerIp} is not allowed to access this resource.`, [callerIp]);
  }
  return best.block;
}
