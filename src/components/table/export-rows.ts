// Export of a table's matching rows as CSV or JSON, built in the browser from
// what the table already holds: each table says which fields (export-keys.ts,
// the service accounts' export); this writes the files and saves them.
import type { ExportFormat } from "./selection-bar.tsx";

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header line and a line per row, CRLF-separated as RFC 4180 says. */
export function toCsv(header: readonly string[], lines: readonly (readonly string[])[]): string {
  return [header.join(","), ...lines.map((cells) => cells.map(csvCell).join(","))].join("\r\n") + "\r\n";
}

export function toJson(rows: readonly unknown[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * Saves the file through a blob: URL on an <a download>: a download is a
 * navigation, which the console's Content-Security-Policy (connect-src,
 * default-src) does not restrict (checked in e2e/stale-keys.spec.ts).
 */
export function downloadFile(body: string, name: string, format: ExportFormat): void {
  const type = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
