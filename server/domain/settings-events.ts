// Which events an org settings change writes: Atlas's type for each setting
// that has one, ORG_SETTINGS_CHANGED (ours) naming the others. Only settings
// whose value really changed; names of settings, never their values.
import type { EventType } from "../../contract/events.ts";
import type { OrgSettings, OrgSettingsPatch } from "../../contract/org-settings.ts";
import type { Store } from "../store/types.ts";
import { recordEvent, type Actor } from "./events.ts";

type Field = keyof OrgSettingsPatch;

const flag = (on: EventType, off: EventType) => (value: unknown): EventType => (value ? on : off);

const ATLAS_TYPES: Partial<Record<Field, (value: unknown) => EventType>> = {
  apiAccessListRequired: flag("ORG_PUBLIC_API_ACCESS_LIST_REQUIRED", "ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"),
  multiFactorAuthRequired: flag("ORG_TWO_FACTOR_AUTH_REQUIRED", "ORG_TWO_FACTOR_AUTH_OPTIONAL"),
  restrictEmployeeAccess: flag("ORG_EMPLOYEE_ACCESS_RESTRICTED", "ORG_EMPLOYEE_ACCESS_UNRESTRICTED"),
  customSessionTimeouts: () => "CUSTOM_SESSION_TIMEOUT_MODIFIED",
  securityContact: () => "SECURITY_CONTACT_MODIFIED",
  maxServiceAccountSecretValidityInHours: () => "ORG_SERVICE_ACCOUNT_MAX_SECRET_VALIDITY_EDITED",
};

export async function recordSettingsEvents(tx: Store, now: Date, actor: Actor, orgId: string, before: OrgSettings, patch: OrgSettingsPatch): Promise<void> {
  const changed = (Object.keys(patch) as Field[]).filter((f) => JSON.stringify(patch[f]) !== JSON.stringify(before[f]));
  const others: string[] = [];
  for (const field of changed) {
    const type = ATLAS_TYPES[field];
    if (type) await recordEvent(tx, now, actor, { type: type(patch[field]), orgId });
    else others.push(field);
  }
  if (others.length) await recordEvent(tx, now, actor, { type: "ORG_SETTINGS_CHANGED", orgId, details: { settings: others } });
}
