// Checks DATA_DIR before anything is written there, so a missing volume, a
// file in its place or a read-only mount is reported in one line instead of
// a hang or a stack trace from deep inside SQLite.
import { closeSync, existsSync, mkdirSync, openSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SQLITE_FILE } from "../store/open-store.ts";
import { StartupError } from "./startup-error.ts";

/**
 * A DATA_DIR the operator named must exist (a missing one is more likely an
 * unmounted volume than a wish for a new directory); the default ./data is
 * created on first start.
 */
export function checkDataDir(dir: string, named: boolean): void {
  if (!existsSync(dir)) {
    if (named) throw new StartupError(`DATA_DIR ${dir} does not exist`, `create it (mkdir -p ${dir}) or point DATA_DIR at an existing directory`);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (e) {
      throw new StartupError(`cannot create the data directory ${dir} (${code(e)})`, "create it by hand or set DATA_DIR to a writable directory", { cause: e });
    }
  }
  if (!statSync(dir).isDirectory()) throw new StartupError(`DATA_DIR ${dir} is not a directory`, "point DATA_DIR at a directory");
  // access(W_OK) says yes to root even on a read-only mount: really write.
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, "");
    unlinkSync(probe);
    const db = join(dir, SQLITE_FILE);
    if (existsSync(db)) closeSync(openSync(db, "r+"));
  } catch (e) {
    throw new StartupError(`DATA_DIR ${dir} is not writable by this user (${code(e)})`, `make it writable (chown or chmod u+w ${dir}) or set DATA_DIR to a writable directory`, { cause: e });
  }
}

function code(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : String(e);
}
