// The account aggregate in memory (mock backend and tests), over maps the
// MemoryStore keeps in its state, so its transactions roll them back too.
import { emptyAccount, type AccountRow, type AccountStore } from "./account-types.ts";
import type { SessionRow } from "./types.ts";

export interface AccountState {
  accounts: Map<string, AccountRow>;
  /** userId -> hashes of the recovery codes not used yet. */
  recoveryCodes: Map<string, Set<string>>;
}

export const newAccountState = (): AccountState => ({ accounts: new Map(), recoveryCodes: new Map() });

interface StateWithAccounts {
  sessions: Map<string, SessionRow>;
  account: AccountState;
}

export function memoryAccount(state: () => StateWithAccounts, run: <T>(op: () => T) => Promise<T>): AccountStore {
  const read = (userId: string): AccountRow => state().account.accounts.get(userId) ?? emptyAccount(userId);
  const write = (userId: string, patch: Partial<AccountRow>): void => {
    state().account.accounts.set(userId, { ...read(userId), ...patch });
  };
  const sessionsOf = (userId: string) => [...state().sessions.values()].filter((s) => s.userId === userId);
  return {
    getAccount: (userId) => run(() => structuredClone(read(userId))),
    listAccountNames: (userIds) => run(() => new Map(userIds.flatMap((id) => {
      const a = state().account.accounts.get(id);
      return a ? [[id, { firstName: a.firstName, lastName: a.lastName, lastAuth: a.lastAuth ?? null }] as const] : [];
    }))),
    touchLastAuth: (userId, at) => run(() => write(userId, { lastAuth: at })),
    setAccountName: (userId, name) => run(() => write(userId, { firstName: name.firstName, lastName: name.lastName })),
    setPendingTotp: (userId, sealed) => run(() => write(userId, { totpPendingEnc: sealed })),
    confirmTotp: (userId, sealed, step) => run(() => write(userId, { totpSecretEnc: sealed, totpPendingEnc: null, totpLastStep: step })),
    disableTotp: (userId) => run(() => {
      const wasOn = read(userId).totpSecretEnc !== null;
      write(userId, { totpSecretEnc: null, totpPendingEnc: null, totpLastStep: null });
      state().account.recoveryCodes.delete(userId);
      return wasOn;
    }),
    useTotpStep: (userId, step) => run(() => {
      const last = read(userId).totpLastStep;
      if (last !== null && last >= step) return false;
      write(userId, { totpLastStep: step });
      return true;
    }),
    replaceRecoveryCodes: (userId, hashes) => run(() => void state().account.recoveryCodes.set(userId, new Set(hashes))),
    useRecoveryCode: (userId, hash) => run(() => state().account.recoveryCodes.get(userId)?.delete(hash) ?? false),
    countRecoveryCodes: (userId) => run(() => state().account.recoveryCodes.get(userId)?.size ?? 0),
    listUserSessions: (userId) => run(() =>
      structuredClone(sessionsOf(userId).sort((a, b) => a.created.getTime() - b.created.getTime() || (a.tokenHash < b.tokenHash ? -1 : 1))),
    ),
    deleteOtherSessions: (userId, keep) => run(() => {
      const others = sessionsOf(userId).filter((s) => s.tokenHash !== keep);
      for (const s of others) state().sessions.delete(s.tokenHash);
      return others.length;
    }),
    touchSession: (tokenHash, at, address) => run(() => {
      const s = state().sessions.get(tokenHash);
      if (s) Object.assign(s, { lastSeen: at, address });
    }),
  };
}
