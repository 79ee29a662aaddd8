// What an operator command is: its words, its flags, a line of help, and a
// run that returns the one JSON document the CLI prints.
import type { Config } from "../config.ts";
import type { Deps } from "../domain/deps.ts";
import { UsageError } from "../cli-args.ts";
import { OBJECT_ID } from "../../contract/ids.ts";

export type Flags = Map<string, string[]>;

export interface CliContext {
  /** The configuration; throws a StartupError when the environment is unusable. */
  config(): Config;
  /** Opens (and migrates) the configured store once; the CLI closes it. */
  deps(): Promise<Deps>;
}

export interface Command {
  /** "orgs list" */
  name: string;
  /** Flags as shown in help: "--org ORG_ID [--role R ...]". */
  args: string;
  summary: string;
  flags: Record<string, "one" | "many">;
  run(flags: Flags, ctx: CliContext): Promise<unknown>;
  /** When the document itself says something failed (doctor): the exit code for it. */
  exitCode?(out: unknown): number;
}

export function objectId(value: string, flag: string): string {
  if (!OBJECT_ID.test(value)) throw new UsageError(`--${flag} must be a 24-character hexadecimal id`);
  return value;
}

/** Where links in printed keys point: the server this configuration serves. */
export function serverOrigin(config: Config): string {
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${config.port}`;
}
