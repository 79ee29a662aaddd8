// Export of a keys table's matching rows as CSV or JSON, built in the browser
// from what the table already holds. Never a secret: the private key is not
// among the fields (the list only has it masked anyway). Projects by name;
// one the user cannot see is said so, never given by id.
import type { KeyRow } from "./key-rows.ts";

export interface ExportedKey {
  publicKey: string;
  description: string;
  roles: string[];
  projects: string[];
  created: string | null;
  lastUsed: string | null;
}

const HIDDEN_PROJECT = "A project you cannot see";

export function exportedKeys(rows: readonly KeyRow[]): ExportedKey[] {
  return rows.map(({ apiKey, roleLabels, projects }) => ({
    publicKey: apiKey.publicKey,
    description: apiKey.desc,
    roles: roleLabels,
    projects: projects.map((p) => p.name ?? HIDDEN_PROJECT),
    created: apiKey.created ?? null,
    lastUsed: apiKey.lastUsed ?? null,
  }));
}

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function keysCsv(rows: readonly KeyRow[]): string {
  const header = ["Public Key", "Description", "Roles", "Projects", "Created", "Last Used"];
  const lines = exportedKeys(rows).map((key) =>
    [key.publicKey, key.description, key.roles.join("; "), key.projects.join("; "), key.created ?? "", key.lastUsed ?? "Never"]
      .map(csvCell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}

export function keysJson(rows: readonly KeyRow[]): string {
  return `${JSON.stringify(exportedKeys(rows), null, 2)}\n`;
}

/**
 * Saves the file through a blob: URL on an <a download>: a download is a
 * navigation, which the console's Content-Security-Policy (connect-src,
 * default-src) does not restrict (checked in e2e/export.spec.ts).
 */
export function downloadKeys(rows: readonly KeyRow[], format: "csv" | "json"): void {
  const body = format === "csv" ? keysCsv(rows) : keysJson(rows);
  const type = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `api-keys.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
