// The rules of the access list editor, apart from React: what a typed entry
// must look like (the contract's schemas), how it is sent, and which entry a
// server refusal is about.
import { z } from "zod";
import { cidrBlockSchema, ipAddressSchema, type AccessListEntryRequest } from "../../../../contract/access-list.ts";
import { formatCidr, parseCidr } from "../../../../contract/ip.ts";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";

export interface DraftValues {
  entries: { address: string }[];
}

/** Why a typed entry cannot be sent, or null when it can. */
export function entryProblem(text: string): string | null {
  const value = text.trim();
  if (value === "") return "Enter an IP address or a CIDR block.";
  const result = (value.includes("/") ? cidrBlockSchema : ipAddressSchema).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "Enter a valid IP address or CIDR block.");
}

/** "192.0.2.7" -> "192.0.2.7/32": the form the server stores and compares. */
export function canonicalBlock(text: string): string | null {
  const parsed = parseCidr(text.trim());
  return parsed ? formatCidr(parsed) : null;
}

/** The form's schema; entries already on the key (canonical blocks) count as duplicates. */
export function draftSchema(existing: ReadonlySet<string>) {
  return z.object({ entries: z.array(z.object({ address: z.string() })) }).superRefine((values, ctx) => {
    const seen = new Set<string>();
    values.entries.forEach((entry, index) => {
      const problem = entryProblem(entry.address);
      const block = problem ? null : canonicalBlock(entry.address);
      let message = problem;
      if (block && existing.has(block)) message = "Already on the access list.";
      else if (block && seen.has(block)) message = "Entered twice: remove one.";
      if (block) seen.add(block);
      if (message) ctx.addIssue({ code: "custom", message, path: ["entries", index, "address"] });
    });
  });
}

/** The POST body: an address as ipAddress, a block (with "/") as cidrBlock. */
export function toRequest(values: DraftValues): AccessListEntryRequest[] {
  return values.entries.map(({ address }) => {
    const value = address.trim();
    return value.includes("/") ? { cidrBlock: value } : { ipAddress: value };
  });
}

export interface EntryFailures {
  /** Message per entry index. */
  byIndex: Map<number, string>;
  /** What to say above the list. */
  summary: string;
}

const ENTRY_CODES = new Set(["ADDRESS_ALREADY_IN_ACCESS_LIST", "DUPLICATE_ADDRESSES_IN_INPUT", "INVALID_IP_ADDRESS_OR_CIDR_NOTATION"]);

/** Ties a refused POST to the entries it names: by field index ("1.ipAddress") or by the address in its parameters. */
export function entryFailures(error: unknown, addresses: readonly string[]): EntryFailures {
  const byIndex = new Map<number, string>();
  if (error instanceof ApiError) {
    for (const { field, description } of error.badRequestDetail?.fields ?? []) {
      const index = Number(field.split(".")[0]);
      if (Number.isInteger(index) && index >= 0 && index < addresses.length) byIndex.set(index, description);
    }
    const named = error.parameters[0];
    if (byIndex.size === 0 && ENTRY_CODES.has(error.errorCode) && typeof named === "string") {
      const block = canonicalBlock(named);
      addresses.forEach((address, index) => {
        if (address.trim() === named || (block !== null && canonicalBlock(address) === block)) byIndex.set(index, error.detail);
      });
    }
  }
  const summary =
    byIndex.size > 0
      ? "No entry was added: the entries are saved together. Fix the marked entry and save again."
      : `No entry was added. ${errorMessage(error)}`;
  return { byIndex, summary };
}
