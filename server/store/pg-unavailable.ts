// When PostgreSQL cannot be reached, or does not answer within the statement
// timeout, a request gets 503 with an Atlas error body and Retry-After instead
// of a 500: the client may retry, and the pool reconnects by itself once the
// database is back (pg-pool drops a client whose connection broke).
import { ApiError } from "../http/api-error.ts";

/** What a client is told to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * SQLSTATE classes and codes that mean "the database is not there (now)",
 * not "this request is wrong": connection exceptions (08), operator
 * intervention (57: shutdown, statement timeout), insufficient resources (53).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57)/;
/** Node socket errors on connect or mid-query. */
const SOCKET_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** pg's own errors, which carry no code: a connection ended, or a pool or read timeout. */
const PG_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection terminated due to connection timeout)/;

export function isDatabaseUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && (SOCKET_ERRORS.has(code) || (code.length === 5 && UNAVAILABLE_SQLSTATE.test(code)))) return true;
  return PG_MESSAGES.test(e.message);
}

export function databaseUnavailable(cause: unknown): ApiError {
  return Object.assign(
    new ApiError(503, "SERVICE_UNAVAILABLE", "The service cannot reach its database right now; try again shortly.", [], null, {
      "Retry-After": String(RETRY_AFTER_SECONDS),
    }),
    { cause },
  );
}

/** Passes every error through, turning a lost database into 503. */
export function unavailableAs503(e: unknown): never {
  throw isDatabaseUnavailable(e) ? databaseUnavailable(e) : e;
}
