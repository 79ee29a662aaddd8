// Validates answers against the official Atlas OpenAPI (the copy that
// scripts/atlas-client-types.mjs merged into test/.generated/). OpenAPI 3.0
// schemas become JSON Schema for Ajv: `nullable` becomes a "null" type, and a
// base schema that lists its own subtypes (oneOf + discriminator, whose
// subtypes extend the base with allOf) keeps its own properties only, since
// checking it would otherwise loop; the test names the subtype it expects.
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "discriminator" || k === "example" || k === "examples" || k.startsWith("x-")) continue;
    if (k === "oneOf" && "properties" in node) continue;
    if (k === "$ref" && typeof v === "string") out[k] = v.replace("#/components/", "atlas#/components/");
    else out[k] = toJsonSchema(v);
  }
  if (node.nullable === true && typeof node.type === "string") out.type = [node.type, "null"];
  delete out.nullable;
  return out;
}

/**
 * Where recorded Atlas answers contradict the spec, Atlas wins, and only there:
 * - a fresh access-list entry answers count 0 although the spec says minimum 1
 *   (contract notes, atlas-api-keys-notes.md section 7, [obs]);
 * - error parameters are strings in every recorded answer (mongodb-atlas-cli
 *   e2e snapshots, e.g. "parameters":["cluster-833"]), objects in the spec;
 * - a user's mobileNumber is null when unset in every recorded answer, though
 *   not declared nullable (atlas-users-notes.md section 3, [obs]);
 * - CloudAppUser requires `password`, which the notes say is only ever sent on
 *   create, never returned ([spec] description).
 * One deviation of ours: we record no country for a user, so CloudAppUser's
 * required `country` is not asked of our answers (the README says so).
 */
function applyErrata(components: Json): void {
  const count = pickOptional(components, "schemas", "UserAccessListResponse", "properties", "count");
  if (count && typeof count === "object" && !Array.isArray(count)) delete count.minimum;
  const parameters = pickOptional(components, "schemas", "ApiError", "properties", "parameters");
  if (parameters && typeof parameters === "object" && !Array.isArray(parameters)) delete parameters.items;
  for (const path of [["CloudAppUser"], ["OrgActiveUserResponse", "allOf", "1"], ["GroupActiveUserResponse", "allOf", "1"]]) {
    const mobile = pickOptional(components, "schemas", ...path, "properties", "mobileNumber");
    if (mobile && typeof mobile === "object" && !Array.isArray(mobile)) mobile.type = ["string", "null"];
  }
  const cloudAppUser = pickOptional(components, "schemas", "CloudAppUser");
  if (cloudAppUser && typeof cloudAppUser === "object" && !Array.isArray(cloudAppUser) && Array.isArray(cloudAppUser.required)) {
    cloudAppUser.required = cloudAppUser.required.filter((name) => name !== "password" && name !== "country");
  }
}

function pickOptional(node: Json, ...keys: string[]): Json | undefined {
  let cur: Json | undefined = node;
  for (const k of keys) {
    if (Array.isArray(cur)) cur = cur[Number(k)];
    else cur = cur && typeof cur === "object" ? cur[k] : undefined;
  }
  return cur;
}

export interface AtlasSchemas {
  /** The schema of one operation's answer: path as in the spec, e.g. "/api/atlas/v2/orgs/{orgId}/settings". */
  response(path: string, method: string, status: string, mediaType: string): ValidateFunction;
  /** A named component schema, e.g. "OrgActiveUserResponse". */
  component(name: string): ValidateFunction;
}

export function loadAtlasSchemas(): AtlasSchemas {
  const file = resolve(import.meta.dirname, "../.generated/atlas-openapi.json");
  const doc = JSON.parse(readFileSync(file, "utf8")) as { [key: string]: Json };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const components = toJsonSchema(doc.components ?? {});
  applyErrata(components);
  ajv.addSchema({ $id: "atlas", components } as object);
  const pick = (node: Json, ...keys: string[]): Json => {
    let cur: Json = node;
    for (const k of keys) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur) || !(k in cur)) throw new Error(`no ${keys.join(" > ")} in the spec`);
      cur = cur[k] ?? null;
    }
    return cur;
  };
  return {
    response(path, method, status, mediaType) {
      const schema = pick(doc, "paths", path, method, "responses", status, "content", mediaType, "schema");
      return ajv.compile(toJsonSchema(schema) as object);
    },
    component(name) {
      return ajv.compile({ $ref: `atlas#/components/schemas/${name}` });
    },
  };
}
