// Usage text: all commands (`cli --help`), those of one noun (`cli keys
// --help`) or one command (`cli keys create --help`).
import { packageVersion } from "../startup/version.ts";
import type { Command } from "./command.ts";

const PREFIX = "npm run --silent cli --";

export function commandUsage(c: Command): string {
  return `${PREFIX} ${c.name}${c.args ? ` ${c.args}` : ""}\n    ${c.summary}`;
}

export function helpText(commands: Command[], words: string[]): string {
  const named = words.join(" ");
  const exact = commands.find((c) => c.name === named);
  if (exact) return `${commandUsage(exact)}\n`;
  const matching = words.length ? commands.filter((c) => c.name.startsWith(`${named} `)) : commands;
  const shown = matching.length ? matching : commands;
  return [
    `Access Manager ${packageVersion()} operator commands. Each prints one JSON document on stdout;`,
    "errors are one line on stderr, exit code 2 for usage and 1 for failures. The store is the",
    "server's: DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL), from the environment.",
    "",
    ...shown.map(commandUsage),
    "",
  ].join("\n");
}
