// Turns what opening the store threw (pg, better-sqlite3, Kysely's migrator)
// into a StartupError that names the cause and the fix. Codes, not messages,
// where the driver gives one.
import { StartupError } from "./startup-error.ts";
import type { StoreTarget } from "./store-target.ts";

const UNREACHABLE_MESSAGE = /Connection terminated unexpectedly|timeout expired/;
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"]);

export function explainStoreFailure(e: unknown, target: StoreTarget): StartupError {
  if (e instanceof StartupError) return e;
  const migration = /^database migration (\S+) failed: (.*)$/s.exec(message(e));
  const root = migration ? ((e as Error).cause ?? e) : e;
  const code = errorCode(root);
  const where = target.label;

  const newer = /previously executed migration (\S+)/.exec(message(root));
  if (newer) {
    return new StartupError(
      `${where} was migrated by a newer version of Access Manager (it has migration ${newer[1]}, unknown to this version)`,
      "run the newer version again, or restore a backup taken before the upgrade",
      { cause: e },
    );
  }
  if ((code && UNREACHABLE.has(code)) || UNREACHABLE_MESSAGE.test(message(root))) {
    return new StartupError(`cannot reach ${where} (${code})`, "start PostgreSQL or correct the host and port in DATABASE_URL", { cause: e });
  }
  if (code === "28P01" || code === "28000" || /password must be a string|SASL/.test(message(root))) {
    return new StartupError(`${where} refused the credentials (${message(root)})`, "correct the user and password in DATABASE_URL", { cause: e });
  }
  if (code === "3D000") {
    return new StartupError(`${where}: the database does not exist`, `create it (createdb ${target.database ?? "NAME"}) or correct the database name in DATABASE_URL`, { cause: e });
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new StartupError(`${where} is not a usable SQLite database (${code})`, "restore it from a backup (npm run --silent cli -- restore --from FILE) or move it away to start empty", { cause: e });
  }
  if (migration) {
    return new StartupError(
      `database migration ${migration[1]} failed on ${where}: ${migration[2]}`,
      "fix the cause (restore a backup if the schema was changed by hand) and start again",
      { cause: e },
    );
  }
  return new StartupError(`cannot open ${where}: ${message(root)}`, "check DATA_DIR or DATABASE_URL; run again with DEBUG=1 for details", { cause: e });
}

function message(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return message(e.errors[0]);
  return e instanceof Error ? e.message : String(e);
}

function errorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  if ("code" in e && typeof e.code === "string") return e.code;
  if (e instanceof AggregateError) return errorCode(e.errors[0]);
  return undefined;
}
