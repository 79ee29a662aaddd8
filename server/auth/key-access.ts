// Access-list enforcement for API-key callers.
import { cidrContains, parseCidr } from "../../contract/ip.ts";
import { ApiError } from "../http/api-error.ts";
import type { ApiKeyRow, Store } from "../store/types.ts";

/** Returns the entry the caller came through (undefined when the key has none), or throws 403. */
export async function matchAccessList(store: Store, key: ApiKeyRow, callerIp: string): Promise<string | undefined> {
  const entries = await store.listAccessEntries(key.id);
  if (entries.length === 0) {
    const org = await store.getOrg(key.orgId);
    if (org?.apiAccessListRequired) {
      throw new ApiError(403, "ORG_REQUIRES_ACCESS_LIST", "This organization requires access through an access list of IP ranges.", [
        callerIp,
      ]);
    }
    return undefined;
  }
  // The most specific matching entry gets the usage.
  let best: { block: string; prefix: number } | undefined;
  for (const e of entries) {
    const parsed = parseCidr(e.cidrBlock);
    if (parsed && cidrContains(parsed, callerIp) && (!best || parsed.prefix > best.prefix)) {
      best = { block: e.cidrBlock, prefix: parsed.prefix };
    }
  }
  if (!best) {
    throw new ApiError(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", `IP address ${callerIp} is not allowed to access this resource.`, [callerIp]);
  }
  return best.block;
}
