// The access list editor's rules: inline checks with the contract's schemas,
// duplicates, the request shape, and which entry a refusal is about.
import { describe, expect, it } from "vitest";
import { draftSchema, entryFailures, entryProblem, toRequest } from "../../src/features/access-list/components/access-list-draft.ts";
import { ApiError } from "../../src/lib/api-error.ts";

describe("access list draft", () => {
  it("accepts addresses and blocks, and says what is wrong with the rest", () => {
    expect(entryProblem(" 192.0.2.7 ")).toBeNull();
    expect(entryProblem("2001:db8::1")).toBeNull();
    expect(entryProblem("192.0.2.0/24")).toBeNull();
    expect(entryProblem("")).toBe("Enter an IP address or a CIDR block.");
    expect(entryProblem("300.1.1.1")).toBe("Enter a valid IPv4 or IPv6 address.");
    expect(entryProblem("10.0.0.0/33")).toBe("Enter a valid CIDR block, e.g. 192.0.2.0/24.");
  });

  it("flags entries already on the key or typed twice, comparing canonical blocks", () => {
    const result = draftSchema(new Set(["192.0.2.0/24"])).safeParse({
      entries: [{ address: "192.0.2.9/24" }, { address: "203.0.113.5" }, { address: "203.0.113.5/32" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["entries.0.address", "Already on the access list."],
      ["entries.2.address", "Entered twice: remove one."],
    ]);
  });

  it("sends an address as ipAddress and a block as cidrBlock", () => {
    expect(toRequest({ entries: [{ address: " 203.0.113.5 " }, { address: "10.0.0.0/8" }] })).toEqual([
      { ipAddress: "203.0.113.5" },
      { cidrBlock: "10.0.0.0/8" },
    ]);
  });

  it("ties a refusal to its entry by field index or by the address it names", () => {
    const invalid = new ApiError({
      status: 400,
      errorCode: "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
      detail: "1.ipAddress: Enter a valid IPv4 or IPv6 address.",
      badRequestDetail: { fields: [{ field: "1.ipAddress", description: "Enter a valid IPv4 or IPv6 address." }] },
    });
    expect([...entryFailures(invalid, ["192.0.2.1", "nope"]).byIndex]).toEqual([[1, "Enter a valid IPv4 or IPv6 address."]]);

    const taken = new ApiError({
      status: 409,
      errorCode: "ADDRESS_ALREADY_IN_ACCESS_LIST",
      detail: "The address 203.0.113.5/32 is already on the access list.",
      parameters: ["203.0.113.5/32"],
    });
    const failures = entryFailures(taken, ["10.0.0.0/8", "203.0.113.5"]);
    expect([...failures.byIndex]).toEqual([[1, "The address 203.0.113.5/32 is already on the access list."]]);
    expect(failures.summary).toContain("Fix the marked entry");

    const other = new ApiError({ status: 500, errorCode: "UNEXPECTED_ERROR", detail: "The store is read-only." });
    expect(entryFailures(other, ["10.0.0.0/8"])).toEqual({ byIndex: new Map(), summary: "No entry was added. The store is read-only." });
  });
});
