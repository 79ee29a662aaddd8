// The export of a service-accounts table: the listed fields only (never a
// secret, not even its mask), roles by name, the last use as the latest of
// the secrets', and the shared CSV quoting.
import { describe, expect, it } from "vitest";
import type { ServiceAccount } from "../../src/features/service-accounts/api/service-account-types.ts";
import { accountsCsv, exportedAccounts } from "../../src/features/service-accounts/components/export-service-accounts.ts";

const accounts: ServiceAccount[] = [
  {
    clientId: `mdb_sa_id_${"a".repeat(24)}`,
    name: "Nightly export",
    description: '-rm, "quoted"',
    createdAt: "2026-01-02T03:04:05Z",
    roles: ["ORG_MEMBER", "ORG_BILLING_ADMIN"],
    secrets: [
      { id: "s1", createdAt: "2026-01-02T03:04:05Z", expiresAt: "2026-04-02T03:04:05Z", lastUsedAt: "2026-02-01T00:00:00Z", maskedSecretValue: "mdb_sa_sk_********wxyz" },
      { id: "s2", createdAt: "2026-02-02T03:04:05Z", expiresAt: "2026-05-02T03:04:05Z", lastUsedAt: "2026-03-01T00:00:00Z", secret: "mdb_sa_sk_plain-secret" },
    ],
  },
  { clientId: `mdb_sa_id_${"b".repeat(24)}`, name: "Idle", description: "", createdAt: "2026-01-03T00:00:00Z", roles: ["ORG_READ_ONLY"], secrets: [] },
];

describe("export of a service-accounts table", () => {
  it("writes CSV with a header, roles by name, quoting, formula-safe cells and no secret", () => {
    const [header, first, second, end] = accountsCsv(accounts).split("\r\n");
    expect(header).toBe("Client ID,Name,Description,Roles,Secrets Expire,Created,Last Used");
    expect(first).toBe(
      `mdb_sa_id_${"a".repeat(24)},Nightly export,"'-rm, ""quoted""",Organization Member; Organization Billing Admin,2026-04-02T03:04:05Z; 2026-05-02T03:04:05Z,2026-01-02T03:04:05Z,2026-03-01T00:00:00Z`,
    );
    expect(second).toBe(`mdb_sa_id_${"b".repeat(24)},Idle,,Organization Read Only,,2026-01-03T00:00:00Z,Never`);
    expect(end).toBe("");
  });

  it("gives JSON the same fields, and neither a secret nor its mask", () => {
    const json = JSON.stringify(exportedAccounts(accounts));
    expect(json).not.toContain("mdb_sa_sk_");
    expect(exportedAccounts(accounts)[0]?.lastUsed).toBe("2026-03-01T00:00:00Z");
    expect(Object.keys(exportedAccounts(accounts)[0]?.secrets[0] ?? {})).toEqual(["createdAt", "expiresAt", "lastUsedAt"]);
  });
});
