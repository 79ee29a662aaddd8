// The SQLite store holds sealed secrets and password hashes: its files are
// readable by the server's user only, as the generated secret file is.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { openStore, SQLITE_FILE } from "../../server/store/open-store.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

it("creates the database, its WAL and shared-memory files with mode 0600", async () => {
  dir = mkdtempSync(join(tmpdir(), "am-modes-"));
  const store = await openStore({ dataDir: join(dir, "data") });
  await store.insertOrg({ id: "5f0000000000000000000001", name: "Modes", apiAccessListRequired: false, created: new Date() });
  const base = join(dir, "data", SQLITE_FILE);
  expect([mode(base), mode(`${base}-wal`), mode(`${base}-shm`)]).toEqual([0o600, 0o600, 0o600]);
  expect(mode(join(dir, "data"))).toBe(0o700);
  await store.close();
});

it("makes an existing database file that others could read private", async () => {
  dir = mkdtempSync(join(tmpdir(), "am-modes-"));
  const base = join(dir, SQLITE_FILE);
  writeFileSync(base, "", { mode: 0o644 });
  const store = await openStore({ dataDir: dir });
  expect(mode(base)).toBe(0o600);
  await store.close();
});
