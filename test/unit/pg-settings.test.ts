// PostgreSQL pool settings from the environment, and which database errors a
// client sees as 503 rather than 500.
import { describe, expect, it } from "vitest";
import { PG_DEFAULTS, pgSettingsFromEnv, poolConfig } from "../../server/store/pg-settings.ts";
import { databaseUnavailable, isDatabaseUnavailable } from "../../server/store/pg-unavailable.ts";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("PostgreSQL settings", () => {
  it("reads PG_POOL_SIZE, PG_STATEMENT_TIMEOUT_MS and PG_CONNECT_TIMEOUT_MS, with defaults", () => {
    expect(pgSettingsFromEnv({})).toEqual(PG_DEFAULTS);
    expect(pgSettingsFromEnv({ PG_POOL_SIZE: "4", PG_STATEMENT_TIMEOUT_MS: "250", PG_CONNECT_TIMEOUT_MS: "100" })).toEqual({
      poolSize: 4,
      statementTimeoutMs: 250,
      connectTimeoutMs: 100,
    });
    expect(poolConfig({ poolSize: 4, statementTimeoutMs: 250, connectTimeoutMs: 100 })).toMatchObject({
      max: 4,
      statement_timeout: 250,
      connectionTimeoutMillis: 100,
    });
  });

  it("refuses a value that is not a positive whole number", () => {
    for (const bad of ["0", "-1", "2.5", "ten"]) expect(() => pgSettingsFromEnv({ PG_POOL_SIZE: bad })).toThrow("PG_POOL_SIZE");
  });
});

describe("a lost database", () => {
  it("is a refused or broken connection, a timeout, a shutdown or a cancelled statement", () => {
    expect(isDatabaseUnavailable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("canceling statement due to statement timeout", "57014"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("sorry, too many clients already", "53300"))).toBe(true);
  });

  it("is not a constraint violation, a syntax error or any other error", () => {
    expect(isDatabaseUnavailable(withCode("duplicate key value", "23505"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("syntax error", "42601"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("stored roles are not a string array"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("answers 503 with an Atlas error body and Retry-After", () => {
    const error = databaseUnavailable(new Error("x"));
    expect(error.status).toBe(503);
    expect(error.headers).toEqual({ "Retry-After": "1" });
    expect(error.toBody()).toEqual({
      error: 503,
      errorCode: "SERVICE_UNAVAILABLE",
      detail: error.message,
      reason: "Service Unavailable",
      parameters: [],
    });
  });
});
