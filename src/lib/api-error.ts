// The one error type every failed API call becomes, whatever the server (or the
// network) answered, so components render errors without guessing shapes.
import type { ApiErrorBody } from "../../contract/errors.ts";

export interface FieldProblem {
  field: string;
  description: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly detail: string;
  readonly parameters: unknown[];
  readonly badRequestDetail: { fields: FieldProblem[] } | null;
  /** Seconds from a Retry-After header (429), when the server sent one. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    errorCode: string;
    detail: string;
    parameters?: unknown[];
    badRequestDetail?: { fields: FieldProblem[] } | null;
    retryAfter?: number | null;
  }) {
    super(init.detail);
    this.name = "ApiError";
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.detail = init.detail;
    this.parameters = init.parameters ?? [];
    this.badRequestDetail = init.badRequestDetail ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }
}

const GENERIC: Record<number, string> = {
  401: "Your session has ended. Sign in again.",
  403: "You do not have permission to do this.",
  404: "This resource does not exist.",
  429: "Too many requests. Wait a moment and try again.",
};

// Checked by hand rather than with apiErrorSchema: every page needs this,
// and zod stays out of the first download (see vite.config.ts).
function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== "object" || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.error === "number" && typeof body.errorCode === "string";
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (typeof value !== "object" || value === null) return [];
  const fields = (value as { fields?: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem =>
      typeof f === "object" && f !== null && typeof f.field === "string" && typeof f.description === "string",
  );
}

/** Builds an ApiError from a non-2xx response, tolerating bodies that are not Atlas-shaped (proxies, HTML pages). */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const retryHeader = Number(response.headers.get("retry-after"));
  const retryAfter = Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : null;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (isErrorBody(json)) {
    return new ApiError({
      status: response.status,
      errorCode: json.errorCode,
      detail: (typeof json.detail === "string" && json.detail) || GENERIC[response.status] || `The server answered ${response.status}.`,
      parameters: Array.isArray(json.parameters) ? json.parameters : [],
      badRequestDetail: json.badRequestDetail ? { fields: fieldProblems(json.badRequestDetail) } : null,
      retryAfter,
    });
  }
  return new ApiError({
    status: response.status,
    errorCode: response.status >= 500 ? "UNEXPECTED_ERROR" : "UNKNOWN_ERROR",
    detail: GENERIC[response.status] ?? `Something went wrong (HTTP ${response.status}). Try again.`,
    retryAfter,
  });
}

/** A fetch that never reached the server (offline, DNS, aborted proxy). */
export function networkError(): ApiError {
  return new ApiError({
    status: 0,
    errorCode: "NETWORK_ERROR",
    detail: "Could not reach the server. Check your connection and try again.",
  });
}

/** Readable text for any thrown value, for banners. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  return "Something went wrong. Try again.";
}
