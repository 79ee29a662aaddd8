// Request parsing: size cap, JSON syntax, then the contract schema. Every
// failure is a 400-class ApiError naming the field, never a 500.
import type { Context } from "hono";
import type { z } from "zod";
import { LIMITS } from "../../contract/limits.ts";
import { ApiError } from "./api-error.ts";

/** Atlas error codes for a failing field, most specific first. */
function errorCodeFor(issue: z.core.$ZodIssue, scope: "org" | "group" | undefined): string {
  const field = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys") return "INVALID_ATTRIBUTE";
  if (field === "desc") return "INVALID_API_KEY_DESC";
  if (field === "roles" && issue.code === "too_small") return "MISSING_API_KEY_ROLES";
  if (field === "roles" && issue.code === "invalid_value") {
    return scope === "group" ? "INVALID_ROLE_FOR_GROUP" : "INVALID_ROLE_FOR_ORG";
  }
  if (issue.path.some((p) => p === "ipAddress" || p === "cidrBlock")) return "INVALID_IP_ADDRESS_OR_CIDR_NOTATION";
  return "VALIDATION_ERROR";
}

export function validationError(error: z.ZodError, scope?: "org" | "group"): ApiError {
  const first = error.issues[0];
  const fields = error.issues.map((i) => ({
    field: i.path.length ? i.path.join(".") : "body",
    description:
      i.code === "unrecognized_keys" ? `Unknown attribute: ${i.keys.join(", ")}.` : i.message,
  }));
  const code = first ? errorCodeFor(first, scope) : "VALIDATION_ERROR";
  const detail = fields.map((f) => `${f.field}: ${f.description}`).join(" ");
  return new ApiError(400, code, detail, fields.map((f) => f.field), fields);
}

export async function readJson(c: Context): Promise<unknown> {
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > LIMITS.bodyBytesMax) throw tooLarge();
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(json|vnd\.atlas\.[0-9-]+\+json)\b/i.test(type)) {
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/vnd.atlas.2023-01-01+json or application/json.");
  }
  const buffer = await c.req.arrayBuffer();
  if (buffer.byteLength > LIMITS.bodyBytesMax) throw tooLarge();
  const text = new TextDecoder().decode(buffer);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON.");
  }
}

export async function parseBody<S extends z.ZodType>(c: Context, schema: S, scope?: "org" | "group"): Promise<z.output<S>> {
  const result = schema.safeParse(await readJson(c));
  if (!result.success) throw validationError(result.error, scope);
  return result.data;
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function tooLarge(): ApiError {
  return new ApiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${LIMITS.bodyBytesMax} bytes.`);
}
