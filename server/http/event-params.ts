// Query parameters of the event lists: repeated eventType, minDate/maxDate
// (ISO 8601 date-time), includeRaw, targetApiKeyId (ours: one key's history,
// named after the event field it matches), and the usual paging. Each failure
// is a 400 that names its parameter.
import type { Context } from "hono";
import { isEventType, type EventType } from "../../contract/events.ts";
import { OBJECT_ID } from "../../contract/ids.ts";
import type { PageParams } from "../../contract/pagination.ts";
import { ApiError } from "./api-error.ts";
import { pageParams } from "./params.ts";

export interface EventParams extends PageParams {
  eventTypes: EventType[];
  minDate?: Date;
  maxDate?: Date;
  includeRaw: boolean;
  targetApiKeyId?: string;
}

// A full date-time: 4-digit year, seconds optional fraction, then Z or an offset (+07:00 or +0700, as the Atlas CLI sends).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function badParameter(name: string, value: string, why: string, code = "INVALID_QUERY_PARAMETER"): ApiError {
  const shown = JSON.stringify(value.slice(0, 64));
  const description = `${why}; got ${shown}.`;
  return new ApiError(400, code, `Query parameter ${name}: ${description}`, [name], [{ field: name, description }]);
}

function dateParam(c: Context, name: "minDate" | "maxDate"): Date | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2").replace(/(T\d{2}:\d{2})(Z|[+-])/i, "$1:00$2");
  const ms = DATE_TIME.test(value) ? Date.parse(normalised) : NaN;
  if (!Number.isFinite(ms)) throw badParameter(name, value, "must be an ISO 8601 date-time such as 2026-08-10T03:04:29Z", "INVALID_DATE");
  return new Date(ms);
}

export function eventParams(c: Context): EventParams {
  const eventTypes: EventType[] = [];
  for (const value of c.req.queries("eventType") ?? []) {
    if (!isEventType(value)) throw badParameter("eventType", value, "not a known event type (see GET /eventTypes)", "INVALID_ENUM_VALUE");
    if (!eventTypes.includes(value)) eventTypes.push(value);
  }
  const minDate = dateParam(c, "minDate");
  const maxDate = dateParam(c, "maxDate");
  if (minDate && maxDate && minDate > maxDate) {
    throw badParameter("minDate", c.req.query("minDate") ?? "", "must not be later than maxDate", "INVALID_DATE");
  }
  return { ...pageParams(c), eventTypes, minDate, maxDate, includeRaw: includeRawParam(c), targetApiKeyId: keyIdParam(c) };
}

/** One key's id at most: a feed of several keys' histories is not something the console asks for. */
function keyIdParam(c: Context): string | undefined {
  const values = c.req.queries("targetApiKeyId") ?? [];
  if (values.length > 1) throw badParameter("targetApiKeyId", values.join(","), "must be given once");
  const value = values[0];
  if (value !== undefined && !OBJECT_ID.test(value)) throw badParameter("targetApiKeyId", value, "must be a 24-character hexadecimal API key id");
  return value;
}

export function includeRawParam(c: Context): boolean {
  const raw = c.req.query("includeRaw") ?? "false";
  if (raw !== "true" && raw !== "false") throw badParameter("includeRaw", raw, "must be true or false");
  return raw === "true";
}
