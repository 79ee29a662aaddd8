// The account aggregate over Kysely (SQLite and PostgreSQL). Its tables are
// declared here and joined to the database type, as events-kysely.ts does.
import type { ColumnType, Kysely, Selectable, Updateable } from "kysely";
import { emptyAccount, type AccountRow, type AccountStore } from "./account-types.ts";
import type { Database } from "./schema.ts";
import { ms, num, toSession } from "./rows.ts";

interface UserAccountsTable {
  user_id: string;
  first_name: ColumnType<string, string | undefined, string>;
  last_name: ColumnType<string, string | undefined, string>;
  totp_secret_enc: string | null;
  totp_pending_enc: string | null;
  totp_last_step: ColumnType<number | string | null, number | null, number | null>;
  last_auth: ColumnType<number | string | null, number | null | undefined, number | null>;
}

interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
}

type AccountDb = Kysely<Database & { user_accounts: UserAccountsTable; recovery_codes: RecoveryCodesTable }>;

function toAccount(r: Selectable<UserAccountsTable>): AccountRow {
  return {
    userId: r.user_id,
    firstName: r.first_name,
    lastName: r.last_name,
    totpSecretEnc: r.totp_secret_enc,
    totpPendingEnc: r.totp_pending_enc,
    totpLastStep: r.totp_last_step === null ? null : num(r.totp_last_step),
  };
}

export function kyselyAccount(database: Kysely<Database>): AccountStore {
  const db = database as unknown as AccountDb;
  /** Insert-or-update of some columns of the user's row. */
  const upsert = async (userId: string, set: Omit<Updateable<UserAccountsTable>, "user_id">) => {
    await db.insertInto("user_accounts").values({ user_id: userId, ...set }).onConflict((oc) => oc.column("user_id").doUpdateSet(set)).execute();
  };
  return {
    async getAccount(userId) {
      const r = await db.selectFrom("user_accounts").selectAll().where("user_id", "=", userId).executeTakeFirst();
      return r ? toAccount(r) : emptyAccount(userId);
    },
    async listAccountNames(userIds) {
      if (userIds.length === 0) return new Map();
      const rows = await db.selectFrom("user_accounts").select(["user_id", "first_name", "last_name", "last_auth"]).where("user_id", "in", userIds).execute();
      return new Map(rows.map((r) => [r.user_id, { firstName: r.first_name, lastName: r.last_name, lastAuth: r.last_auth === null ? null : new Date(num(r.last_auth)) }]));
    },
    touchLastAuth: (userId, at) => upsert(userId, { last_auth: ms(at) }),
    setAccountName: (userId, name) => upsert(userId, { first_name: name.firstName, last_name: name.lastName }),
    setPendingTotp: (userId, sealed) => upsert(userId, { totp_pending_enc: sealed }),
    confirmTotp: (userId, sealed, step) => upsert(userId, { totp_secret_enc: sealed, totp_pending_enc: null, totp_last_step: step }),
    async disableTotp(userId) {
      // A concurrent call that turned it off first holds the row until it
      // commits; PostgreSQL then re-checks the condition here, finds no seed
      // and updates nothing, so only that call reports it was on.
      const r = await db.updateTable("user_accounts").set({ totp_secret_enc: null }).where("user_id", "=", userId).where("totp_secret_enc", "is not", null).executeTakeFirst();
      await upsert(userId, { totp_pending_enc: null, totp_last_step: null });
      await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
      return num(r.numUpdatedRows) === 1;
    },
    async useTotpStep(userId, step) {
      const r = await db
        .updateTable("user_accounts")
        .set({ totp_last_step: step })
        .where("user_id", "=", userId)
        .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
        .executeTakeFirst();
      return num(r.numUpdatedRows) === 1;
    },
    async replaceRecoveryCodes(userId, hashes) {
      await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
      if (hashes.length) await db.insertInto("recovery_codes").values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))).execute();
    },
    async useRecoveryCode(userId, hash) {
      const r = await db.deleteFrom("recovery_codes").where("user_id", "=", userId).where("code_hash", "=", hash).executeTakeFirst();
      return num(r.numDeletedRows) === 1;
    },
    async countRecoveryCodes(userId) {
      const r = await db.selectFrom("recovery_codes").select((eb) => eb.fn.countAll<number | string>().as("n")).where("user_id", "=", userId).executeTakeFirstOrThrow();
      return num(r.n);
    },
    async listUserSessions(userId) {
      const rows = await db.selectFrom("sessions").selectAll().where("user_id", "=", userId).orderBy("created").orderBy("token_hash").execute();
      return rows.map(toSession);
    },
    async deleteOtherSessions(userId, keep) {
      const r = await db.deleteFrom("sessions").where("user_id", "=", userId).where("token_hash", "!=", keep).executeTakeFirst();
      return num(r.numDeletedRows);
    },
    async touchSession(tokenHash, at, address) {
      await db.updateTable("sessions").set({ last_seen: ms(at), address }).where("token_hash", "=", tokenHash).execute();
    },
  };
}
