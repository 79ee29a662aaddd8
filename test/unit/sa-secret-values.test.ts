import { describe, expect, it } from "vitest";
import { SECRET_VALUE } from "../../contract/service-accounts.ts";
import { newSecretValue } from "../../server/domain/sa-secrets.ts";

describe("newSecretValue", () => {
  it("is mdb_sa_sk_ and 43 base64url characters every time, and never the same twice", () => {
    // 2,000 draws: a '+' or '/' (each in about half of all values) would show in almost every run.
    const values = Array.from({ length: 2_000 }, () => newSecretValue());
    for (const value of values) expect(value).toMatch(/^mdb_sa_sk_[A-Za-z0-9_-]{43}$/);
    expect(values.every((v) => SECRET_VALUE.test(v))).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });
});
