// Export of a keys table's matching rows (export-rows.ts). Never a secret:
// the private key is not among the fields (the list only has it masked
// anyway). Projects by name; one the user cannot see is said so, never given by id.
import { downloadFile, toCsv, toJson } from "./export-rows.ts";
import type { KeyRow } from "./key-rows.ts";
import type { ExportFormat } from "./selection-bar.tsx";

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

export function keysCsv(rows: readonly KeyRow[]): string {
  const header = ["Public Key", "Description", "Roles", "Projects", "Created", "Last Used"];
  return toCsv(
    header,
    exportedKeys(rows).map((key) => [key.publicKey, key.description, key.roles.join("; "), key.projects.join("; "), key.created ?? "", key.lastUsed ?? "Never"]),
  );
}

export function keysJson(rows: readonly KeyRow[]): string {
  return toJson(exportedKeys(rows));
}

export function downloadKeys(rows: readonly KeyRow[], format: ExportFormat): void {
  downloadFile(format === "csv" ? keysCsv(rows) : keysJson(rows), "api-keys", format);
}
