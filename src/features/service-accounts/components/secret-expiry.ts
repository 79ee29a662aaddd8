// Client-secret lifetimes: the durations the create form and Generate New
// Client Secret offer (8 hours to a year, as Atlas allows, and no longer than
// the organization's settings allow), and whether a
// secret is expired or about to be (under 7 days left, flagged in the table).
export const EXPIRY_OPTIONS = [
  { hours: 8, label: "8 hours" },
  { hours: 24, label: "1 day" },
  { hours: 7 * 24, label: "7 days" },
  { hours: 30 * 24, label: "30 days" },
  { hours: 90 * 24, label: "90 days" },
  { hours: 180 * 24, label: "180 days" },
  { hours: 365 * 24, label: "1 year" },
] as const;

/** A month: long enough to not interrupt, short enough that a leaked secret dies. */
export const DEFAULT_EXPIRY_HOURS = 30 * 24;

export interface ExpiryOption {
  hours: number;
  label: string;
}

function hoursLabel(hours: number): string {
  return hours % 24 === 0 && hours >= 48 ? `${hours / 24} days` : `${hours} hours`;
}

/**
 * The durations the organization allows (up to its maxServiceAccountSecretValidityInHours),
 * its cap itself among them when it falls between two, and the one to start
 * from: a month, or the longest allowed when a month is too long.
 */
export function expiryChoices(maxHours: number): { options: ExpiryOption[]; defaultHours: number } {
  const options: ExpiryOption[] = EXPIRY_OPTIONS.filter((option) => option.hours <= maxHours);
  if (!options.some((option) => option.hours === maxHours)) {
    options.push({ hours: maxHours, label: `${hoursLabel(maxHours)} (the organization's maximum)` });
  }
  const defaultHours = DEFAULT_EXPIRY_HOURS <= maxHours ? DEFAULT_EXPIRY_HOURS : maxHours;
  return { options, defaultHours };
}

const DAY_MS = 24 * 3600_000;
export const EXPIRING_DAYS = 7;

export type ExpiryState = "expired" | "expiring" | "valid";

export function expiryState(expiresAt: string, now: number): ExpiryState {
  const left = Date.parse(expiresAt) - now;
  if (Number.isNaN(left)) return "valid";
  if (left <= 0) return "expired";
  return left < EXPIRING_DAYS * DAY_MS ? "expiring" : "valid";
}

/** The latest use of any of the account's secrets: the account's "last used". */
export function lastUsedOf(secrets: readonly { lastUsedAt?: string | null }[]): string | null {
  const times = secrets.map((secret) => secret.lastUsedAt).filter((time): time is string => Boolean(time));
  return times.sort().at(-1) ?? null;
}
