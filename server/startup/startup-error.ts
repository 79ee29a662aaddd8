// A start-up failure the operator can act on: what went wrong and how to fix
// it, printed as one line (main.ts) with exit code 1, without a stack trace.
export class StartupError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem}; fix: ${fix}`, options);
    this.name = "StartupError";
  }
}

/** The one line for stderr; the stack only with DEBUG=1, for a bug report. */
export function startupFailureText(e: unknown, debug: boolean): string {
  const line = e instanceof StartupError
    ? `Access Manager did not start: ${e.message}`
    : `Access Manager did not start: ${e instanceof Error ? e.message : String(e)}; fix: run again with DEBUG=1 for details`;
  const stack = debug && e instanceof Error ? `\n${String(e.stack ?? "")}${e.cause instanceof Error ? `\ncaused by: ${String(e.cause.stack ?? "")}` : ""}` : "";
  return `${line.replace(/\s*\n\s*/g, " ")}${stack}\n`;
}
