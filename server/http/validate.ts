// Request parsing: size cap, JSON syntax, then the contract schema. Every
// failure is a 400-class ApiError naming the field, never a 500.
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./api-error.ts";
import { readBodyText } from "./body.ts";

/** Atlas error codes for a failing field, most specific first. */
function errorCodeFor(issue: z.core.$ZodIssue, scope: Scope | undefined): string {
  const field = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys") return "INVALID_ATTRIBUTE";
  if (scope === "orgUser" || scope === "groupUser") return peopleCodeFor(issue, scope);
  if (field === "desc") return "INVALID_API_KEY_DESC";
  if (field === "roles" && issue.code === "too_small") return "MISSING_API_KEY_ROLES";
  if (field === "roles" && issue.code === "invalid_value") {
    return scope === "group" ? "INVALID_ROLE_FOR_GROUP" : "INVALID_ROLE_FOR_ORG";
  }
  if (issue.path.some((p) => p === "ipAddress" || p === "cidrBlock")) return "INVALID_IP_ADDRESS_OR_CIDR_NOTATION";
  return "VALIDATION_ERROR";
}

/** Org and project users (people.ts): Atlas's codes for a bad email and a role of the wrong scope. */
function peopleCodeFor(issue: z.core.$ZodIssue, scope: "orgUser" | "groupUser"): string {
  // One email, or one of a list of them (not the list itself: a duplicate is a VALIDATION_ERROR).
  if (issue.path[0] === "username" || (issue.path[0] === "usernames" && issue.path.length > 1)) return "INVALID_USERNAME";
  if (issue.code !== "invalid_value") return "VALIDATION_ERROR";
  return scope === "groupUser" || issue.path.includes("groupRoles") ? "INVALID_ROLE_FOR_GROUP" : "INVALID_ROLE_FOR_ORG";
}

/** Which kind of body failed, for the error code: API keys of an org or project, or org or project users. */
export type Scope = "org" | "group" | "orgUser" | "groupUser";

export function validationError(error: z.ZodError, scope?: Scope): ApiError {
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
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(json|vnd\.atlas\.[0-9-]+\+json)\b/i.test(type)) {
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/vnd.atlas.2023-01-01+json or application/json.");
  }
  const text = await readBodyText(c);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON.");
  }
  const bad = unstorableText(value);
  if (bad !== undefined) {
    // Echoed without the character itself, and short even for a path a million levels deep.
    const field = (bad || "body").replace(/[\u0000\p{Cs}]/gu, "\uFFFD").slice(0, 200);
    const description = "Contains a character that cannot be stored (U+0000 or an unpaired surrogate).";
    throw new ApiError(400, "INVALID_ATTRIBUTE", `${field}: ${description}`, [field], [{ field, description }]);
  }
  return value;
}

// With the u flag a well-paired surrogate is one code point, so \p{Cs} finds only unpaired ones.
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/**
 * The path of the first string (key or value) that no store can hold as
 * text: PostgreSQL refuses U+0000, and an unpaired surrogate has no UTF-8
 * form. "" is the body itself; undefined when every string is fine. A loop,
 * not recursion (JSON.parse accepts nesting deeper than the call stack), and
 * a path is spelled out only for the string found.
 */
export function unstorableText(body: unknown): string | undefined {
  interface Step { value: unknown; name: string; parent: Step | undefined; inArray: boolean }
  const pathOf = (step: Step | undefined): string => {
    const names: string[] = [];
    for (let s = step; s?.parent; s = s.parent) names.push(s.inArray ? `[${s.name}]` : `.${s.name}`);
    return names.reverse().join("").replace(/^\./, "");
  };
  const pending: Step[] = [{ value: body, name: "", parent: undefined, inArray: false }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { value } = step;
    if (typeof value === "string" && UNSTORABLE.test(value)) return pathOf(step);
    if (typeof value !== "object" || value === null) continue;
    const inArray = Array.isArray(value);
    for (const [name, item] of Object.entries(value)) {
      const child = { value: item, name, parent: step, inArray };
      if (UNSTORABLE.test(name)) return pathOf(child);
      pending.push(child);
    }
  }
  return undefined;
}

export async function parseBody<S extends z.ZodType>(c: Context, schema: S, scope?: Scope): Promise<z.output<S>> {
  const result = schema.safeParse(await readJson(c));
  if (!result.success) throw validationError(result.error, scope);
  return result.data;
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw validationError(result.error);
  return result.data;
}
