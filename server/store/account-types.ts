// The account aggregate of the Store: what a console user keeps about
// themselves (name, two-factor sign-in, recovery codes) and their sessions as
// a list. The TOTP seed is stored sealed (ServerCrypto.sealSecret), recovery
// codes as keyed hashes only: nothing here can sign anyone in if read.
import type { SessionRow } from "./types.ts";

export interface AccountRow {
  userId: string;
  firstName: string;
  lastName: string;
  /** The confirmed TOTP seed, sealed; null when two-factor sign-in is off. */
  totpSecretEnc: string | null;
  /** A seed shown for enrolment and not yet confirmed by a first code, sealed. */
  totpPendingEnc: string | null;
  /** The last TOTP time step accepted: a code of this step or an earlier one is never accepted again. */
  totpLastStep: number | null;
  /** The last completed sign-in (migration 0022); absent before the first. */
  lastAuth?: Date | null;
}

export interface AccountStore {
  /** The user's account row; one with empty names and no two-factor when none was written. */
  getAccount(userId: string): Promise<AccountRow>;
  /** Names and last sign-in of these users (people lists); users with no account row are absent. */
  listAccountNames(userIds: string[]): Promise<Map<string, AccountSummary>>;
  /** Records a completed sign-in (Atlas's lastAuth). */
  touchLastAuth(userId: string, at: Date): Promise<void>;
  setAccountName(userId: string, name: { firstName: string; lastName: string }): Promise<void>;
  setPendingTotp(userId: string, sealed: string | null): Promise<void>;
  /** Makes the pending seed the confirmed one, with the step of the code that confirmed it. */
  confirmTotp(userId: string, sealed: string, step: number): Promise<void>;
  /**
   * Turns two-factor sign-in off: seed, pending seed, last step and recovery
   * codes go. True when it was on: one conditional write, so of two calls at
   * once (here or on another instance) only one is told it was.
   */
  disableTotp(userId: string): Promise<boolean>;
  /**
   * Records `step` as used if it is later than the last one used; false when
   * it is not (the code was used already, here or on another instance). One
   * conditional write, so two requests with the same code cannot both pass.
   */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void>;
  /** Deletes the code if the user has it; false when not (wrong, or used already). */
  useRecoveryCode(userId: string, codeHash: string): Promise<boolean>;
  countRecoveryCodes(userId: string): Promise<number>;

  /** The user's sessions, oldest first, expired ones included until purged. */
  listUserSessions(userId: string): Promise<SessionRow[]>;
  /** Deletes every session of the user but one; returns how many went. */
  deleteOtherSessions(userId: string, keepTokenHash: string): Promise<number>;
  /** Stores when the session was last seen (and from where). */
  touchSession(tokenHash: string, lastSeen: Date, address: string): Promise<void>;
}

export interface AccountSummary {
  firstName: string;
  lastName: string;
  lastAuth: Date | null;
}

export function emptyAccount(userId: string): AccountRow {
  return { userId, firstName: "", lastName: "", totpSecretEnc: null, totpPendingEnc: null, totpLastStep: null };
}
