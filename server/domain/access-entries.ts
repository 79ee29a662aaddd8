// Access-list request handling for service accounts, in the same terms as an
// API key's (access-list.ts, whose own copies of these stay until its next
// mutation measurement): canonical blocks, a batch refused whole when one
// entry repeats another, and no removing the entry the caller came through.
import type { AccessListEntryRequest } from "../../contract/access-list.ts";
import { cidrContains, normalizeAddress, parseCidr } from "../../contract/ip.ts";
import { ApiError } from "../http/api-error.ts";
import { canonicalBlock } from "./access-list.ts";
import type { Principal } from "./principal.ts";

/** A batch's entries as stored (canonical block, normalised address), refused whole if one repeats another. */
export function requestedBlocks(requests: AccessListEntryRequest[]): { cidrBlock: string; ipAddress: string | null }[] {
  const entries = requests.map((req) => ({
    cidrBlock: canonicalBlock(req.ipAddress ?? req.cidrBlock ?? ""),
    ipAddress: req.ipAddress ? normalizeAddress(req.ipAddress) : null,
  }));
  const blocks = entries.map((r) => r.cidrBlock);
  const repeated = blocks.find((b, i) => blocks.indexOf(b) !== i);
  if (repeated) {
    throw new ApiError(400, "DUPLICATE_ADDRESSES_IN_INPUT", `The address ${repeated} appears more than once in the request.`, [repeated]);
  }
  return entries;
}

/** Whether removing this block would cut off the credential making the request. */
export function callerCameThrough(p: Principal, credential: { kind: Principal["kind"]; id: string }, block: string): boolean {
  const parsed = parseCidr(block);
  return p.kind === credential.kind && p.id === credential.id && parsed !== null && cidrContains(parsed, p.callerIp);
}

export function cannotRemoveCaller(p: Principal): ApiError {
  return new ApiError(400, "CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST", `Cannot remove caller's IP address ${p.callerIp} from access list.`, [p.callerIp]);
}

export function alreadyListed(block: string): ApiError {
  return new ApiError(409, "ADDRESS_ALREADY_IN_ACCESS_LIST", `The address ${block} is already on the access list.`, [block]);
}

/** The entry as Atlas names it in events: the address when one was given, else the block. */
export function entryText(row: { ipAddress: string | null; cidrBlock: string }): string {
  return row.ipAddress ?? row.cidrBlock;
}
