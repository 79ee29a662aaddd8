// One error type for every rejected request; the app's error handler turns it
// into an Atlas-style body. Anything else that escapes is a 500 without details.
import type { ApiErrorBody } from "../../contract/errors.ts";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 413 | 415 | 429 | 500 | 503;

export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly errorCode: string,
    detail: string,
    readonly parameters: unknown[] = [],
    readonly fields: { field: string; description: string }[] | null = null,
    /** Extra response headers, e.g. Retry-After, or WWW-Authenticate challenges (one per algorithm). */
    readonly headers: Record<string, string | string[]> = {},
  ) {
    super(detail);
    this.name = "ApiError";
  }

  toBody(): ApiErrorBody {
    return {
      error: this.status,
      errorCode: this.errorCode,
      detail: this.message,
      reason: REASONS[this.status] ?? null,
      parameters: this.parameters,
      ...(this.fields ? { badRequestDetail: { fields: this.fields } } : {}),
    };
  }
}

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? "Error";
}

export const notFound = {
  org: (id: string) => new ApiError(404, "ORG_NOT_FOUND", `No organization with ID ${id} exists.`, [id]),
  group: (id: string) => new ApiError(404, "GROUP_NOT_FOUND", `No project with ID ${id} exists.`, [id]),
  key: (id: string) => new ApiError(404, "API_KEY_NOT_FOUND", `No API key with ID ${id} exists.`, [id]),
  keyInGroup: (id: string, groupId: string) =>
    new ApiError(404, "API_KEY_NOT_IN_GROUP", `API key ${id} is not assigned to project ${groupId}.`, [id, groupId]),
  entry: (entry: string, keyId: string) =>
    new ApiError(404, "API_KEY_ACCESS_LIST_NOT_FOUND", `IP address ${entry} is not on the access list of API key ${keyId}.`, [
      entry,
      keyId,
    ]),
};

export function forbidden(detail = "You do not have the role this action needs."): ApiError {
  return new ApiError(403, "USER_UNAUTHORIZED", detail);
}
