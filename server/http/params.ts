// Path parameters: ids must be 24-hex ObjectIds, as Atlas checks them.
import type { Context } from "hono";
import { OBJECT_ID } from "../../contract/ids.ts";
import { pageParamsSchema, type PageParams } from "../../contract/pagination.ts";
import { ApiError } from "./api-error.ts";
import { parseQuery } from "./validate.ts";

export function idParam(c: Context, name: string): string {
  const value = c.req.param(name) ?? "";
  if (!OBJECT_ID.test(value)) {
    throw new ApiError(400, "PATH_PARAM_PARSE_ERROR", `Path parameter ${name} must be a 24-character hexadecimal id; got ${JSON.stringify(value.slice(0, 64))}.`, [name]);
  }
  return value;
}

export function pageParams(c: Context): PageParams {
  return parseQuery(c, pageParamsSchema);
}

export function requestUrl(c: Context): URL {
  return new URL(c.req.url);
}
