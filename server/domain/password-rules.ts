// What a new password must be: at least 12 characters (the schema checks
// that) and not guessable, judged by zxcvbn-ts over its common-password and
// diceware lists (a kept list of breached passwords; we keep none of our own).
// A score under 3 ("safely unguessable" starts there) is refused.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { ApiError } from "../http/api-error.ts";

/** Loading the lists takes most of a second: imported at the first password change, not at every start. */
let factory: Promise<ZxcvbnFactory> | undefined;

async function loadFactory(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory: Factory }, common] = await Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]);
  return new Factory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
}

export async function checkNewPassword(password: string, field: string, personal: string[]): Promise<void> {
  factory ??= loadFactory();
  // The email and its parts count as guessable too.
  const result = (await factory).check(password.slice(0, 256), personal.flatMap((p) => [p, ...p.split(/[@.+_-]/)]).filter((p) => p.length > 2));
  if (result.score >= 3) return;
  const description = "This password is common or easy to guess (it appears in lists of breached passwords, or is close to one). Choose another.";
  throw new ApiError(400, "COMMON_PASSWORD", `${field}: ${description}`, [field], [{ field, description }]);
}
