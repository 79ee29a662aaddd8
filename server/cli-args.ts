// A small argument parser for the operator CLI: `--name value`, repeatable flags.
export class UsageError extends Error {}

export function parseFlags(argv: string[], allowed: Record<string, "one" | "many">): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    if (!name || !(name in allowed)) throw new UsageError(`unknown argument ${arg}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
    const list = flags.get(name) ?? [];
    if (allowed[name] === "one" && list.length) throw new UsageError(`--${name} given twice`);
    flags.set(name, [...list, value]);
    i++;
  }
  return flags;
}

export function required(flags: Map<string, string[]>, name: string): string {
  const value = flags.get(name)?.[0];
  if (value === undefined || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

export function optional(flags: Map<string, string[]>, name: string): string | undefined {
  return flags.get(name)?.[0];
}
