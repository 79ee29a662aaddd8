// A server on SQLite announces itself with DATA_DIR/server.<pid>.pid while it
// runs, so `restore` can refuse to swap the file under it. SQLite's own locks
// cannot tell: in WAL mode an idle server holds none. A file left by a
// process that died (kill -9) names a pid that no longer runs and is ignored.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PID_FILE = /^server\.(\d+)\.pid$/;

export function holdPidFile(dataDir: string): () => void {
  const file = join(dataDir, `server.${process.pid}.pid`);
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** Pids of servers that run on this DATA_DIR now. */
export function runningServers(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const pid = Number(PID_FILE.exec(name)?.[1]);
    return pid && isRunning(pid) ? [pid] : [];
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
