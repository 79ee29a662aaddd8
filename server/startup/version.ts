// The version in the banner and in `cli --help`: package.json's.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
