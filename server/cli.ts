// Operator commands over the server's store. Each prints exactly one JSON
// document on stdout; an error is one line on stderr with exit code 2 for
// usage (bad arguments, unknown ids) and 1 for failures.
import { nodeCrypto } from "./auth/node-crypto.ts";
import { parseFlags, UsageError } from "./cli-args.ts";
import { backupCommands } from "./cli/backup-commands.ts";
import type { CliContext, Command } from "./cli/command.ts";
import { doctorCommand } from "./cli/doctor.ts";
import { helpText } from "./cli/help.ts";
import { keyCommands } from "./cli/key-commands.ts";
import { orgCommands } from "./cli/org-commands.ts";
import { serviceAccountCommands } from "./cli/service-account-commands.ts";
import { userCommands } from "./cli/user-commands.ts";
import { inviteCommand } from "./cli/invite-command.ts";
import { twoFactorCommands } from "./cli/two-factor-commands.ts";
import { loadSecret, readConfig, type Config } from "./config.ts";
import type { Deps } from "./domain/deps.ts";
import { ApiError } from "./http/api-error.ts";
import { checkDataDir } from "./startup/data-dir.ts";
import { openConfiguredStore } from "./startup/open-configured-store.ts";
import { StartupError } from "./startup/startup-error.ts";
import { storeTarget } from "./startup/store-target.ts";
import type { Store } from "./store/types.ts";

const COMMANDS: Command[] = [...orgCommands, ...userCommands, inviteCommand, ...twoFactorCommands, ...keyCommands, ...serviceAccountCommands, ...backupCommands, doctorCommand];

function findCommand(argv: string[]): { command: Command; rest: string[] } {
  for (const words of [2, 1]) {
    const command = COMMANDS.find((c) => c.name === argv.slice(0, words).join(" "));
    if (command) return { command, rest: argv.slice(words) };
  }
  if (!argv.length) throw new UsageError("no command given; see npm run --silent cli -- --help");
  throw new UsageError(`unknown command "${argv.slice(0, 2).join(" ")}"; see npm run --silent cli -- --help`);
}

function context(): { ctx: CliContext; close(): Promise<void> } {
  let config: Config | undefined;
  let opened: Promise<Store> | undefined;
  let deps: Deps | undefined;
  const ctx: CliContext = {
    config: () => (config ??= readConfig()),
    async deps() {
      const cfg = ctx.config();
      if (!cfg.databaseUrl) checkDataDir(cfg.dataDir, cfg.dataDirNamed);
      const secret = loadSecret(cfg);
      opened ??= openConfiguredStore(cfg, storeTarget(cfg));
      deps ??= { store: await opened, crypto: nodeCrypto(secret), now: () => new Date() };
      return deps;
    },
  };
  return { ctx, close: async () => void (opened && (await (await opened).close())) };
}

async function main(argv: string[]): Promise<number> {
  const firstFlag = argv.findIndex((a) => a.startsWith("-"));
  const words = firstFlag === -1 ? argv : argv.slice(0, firstFlag);
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    process.stdout.write(helpText(COMMANDS, argv[0] === "help" ? words.slice(1) : words));
    return 0;
  }
  const { command, rest } = findCommand(argv);
  const flags = parseFlags(rest, command.flags);
  const { ctx, close } = context();
  try {
    const out = await command.run(flags, ctx);
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return command.exitCode?.(out) ?? 0;
  } finally {
    await close().catch(() => {});
  }
}

function failureLine(e: unknown): { line: string; code: number } {
  if (e instanceof UsageError) return { line: e.message, code: 2 };
  // A wrong id or role names something that is not there: the arguments are wrong.
  if (e instanceof ApiError && e.status < 500) return { line: e.message, code: 2 };
  if (e instanceof Error && /^(unknown|no) /.test(e.message)) return { line: e.message, code: 2 };
  if (e instanceof StartupError) return { line: e.message, code: 1 };
  return { line: e instanceof Error ? e.message : String(e), code: 1 };
}

let exitCode: number;
try {
  exitCode = await main(process.argv.slice(2));
} catch (e) {
  const { line, code } = failureLine(e);
  process.stderr.write(`error: ${line.replace(/\s*\n\s*/g, " ")}\n`);
  if (process.env.DEBUG === "1" && e instanceof Error) process.stderr.write(`${String(e.stack)}\n`);
  exitCode = code;
}
process.exit(exitCode);
