// The console's one way to call the server: every request gets the same
// prefix, media type, cookie policy and CSRF header, and every failure becomes
// an ApiError. Session concerns are injected (configureApiClient) so lib/ does
// not depend on any feature.
import type { z } from "zod";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { ApiError, apiErrorFromResponse, networkError } from "./api-error.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
  /** The resource version asked for, when the endpoint has another than the default (service accounts: 2024-08-05). */
  accept?: string;
  /**
   * Whether a 401 means "the session ended" (the default). Sign-in and the
   * current-user probe answer 401 as a normal outcome and opt out.
   */
  sessionRequired?: boolean;
}

interface ClientHooks {
  csrfToken: () => string | undefined;
  onSessionEnded: (error: ApiError) => void;
}

let hooks: ClientHooks = { csrfToken: () => undefined, onSessionEnded: () => {} };

export function configureApiClient(next: ClientHooks): void {
  hooks = next;
}

const MUTATING: ReadonlySet<HttpMethod> = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// contract/session.ts exports this as CSRF_HEADER, but that module also builds
// the sign-in schema; importing it here would put zod in every first load
// (see vite.config.ts). Header names are case-insensitive.
const CSRF_HEADER = "X-CSRF-Token";

function buildUrl(path: string, query: QueryParams | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(name, String(value));
  }
  const search = params.toString();
  // Absolute, against this page's origin: the same request in the browser,
  // and one that fetch outside a browser (jsdom tests) accepts too.
  return new URL(`/api${path}${search ? `?${search}` : ""}`, window.location.origin).href;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers = new Headers({ Accept: options.accept ?? MEDIA_TYPE });
  if (options.body !== undefined) headers.set("Content-Type", "application/json");
  const csrf = hooks.csrfToken();
  if (MUTATING.has(method) && csrf) headers.set(CSRF_HEADER, csrf);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    // Let React Query see its own cancellations as such.
    if (options.signal?.aborted) throw error;
    throw networkError();
  }
  if (response.ok) return response;

  const error = await apiErrorFromResponse(response);
  if (error.status === 401 && options.sessionRequired !== false) hooks.onSessionEnded(error);
  throw error;
}

async function readJson(response: Response): Promise<unknown> {
  // 204 and empty 200s have no body to parse.
  const text = await response.text();
  return text === "" ? undefined : (JSON.parse(text) as unknown);
}

/**
 * Calls `/api${path}`. With a schema the answer is validated and typed by it.
 * Reads on the first screen pass their schema only in development and tests,
 * importing it on demand:
 *   schema: import.meta.env.DEV ? (await import("<contract module>")).xSchema : undefined
 * A static import of a contract module with schemas would put zod (~24 KB
 * gzip) in the first download; in production the contract's type is trusted.
 * Without any schema the answer is `unknown`.
 */
export async function apiRequest<T = unknown>(
  path: string,
  options: RequestOptions & { schema?: z.ZodType<T> } = {},
): Promise<T> {
  const response = await send(path, options);
  const json = await readJson(response);
  // Trusted (typed by the caller's contract schema) when validation is off.
  if (!options.schema) return json as T;
  const parsed = options.schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // A contract mismatch is a bug, not a user error: log the details, show a plain message.
  console.error(`Unexpected response from ${path}`, parsed.error.issues);
  throw new ApiError({
    status: response.status,
    errorCode: "UNEXPECTED_RESPONSE",
    detail: "The server sent an answer the console does not understand. Reload the page and try again.",
  });
}
