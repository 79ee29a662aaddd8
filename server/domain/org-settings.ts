// Organization settings and rename (org owners change, members read).
// apiAccessListRequired has its own column because Digest reads it on every
// request; every other field is kept as a JSON object and answered as given.
import type { Org } from "../../contract/orgs.ts";
import type { OrgSettings, OrgSettingsPatch } from "../../contract/org-settings.ts";
import type { Deps } from "./deps.ts";
import { actorOf, recordEvent } from "./events.ts";
import { recordSettingsEvents } from "./settings-events.ts";
import { ownedOrg, readableOrg } from "./permissions.ts";
import { presentOrg } from "./present.ts";
import type { Principal } from "./principal.ts";

/** Atlas's defaults for fields nobody has set (spec: genAI on; secrets valid up to a year). */
const DEFAULTS = { genAIFeaturesEnabled: true, maxServiceAccountSecretValidityInHours: 8760 } as const;

export async function getSettings(deps: Deps, p: Principal, orgId: string): Promise<OrgSettings> {
  const org = await readableOrg(deps.store, p, orgId);
  const stored = await deps.store.getOrgStoredSettings(orgId);
  return { ...DEFAULTS, ...stored, apiAccessListRequired: org.apiAccessListRequired };
}

export async function updateSettings(deps: Deps, p: Principal, orgId: string, patch: OrgSettingsPatch): Promise<OrgSettings> {
  await ownedOrg(deps.store, p, orgId);
  const { apiAccessListRequired, ...rest } = patch;
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(orgId);
    // Read under the lock: the events name what this change really changed.
    const before = { ...DEFAULTS, ...(await tx.getOrgStoredSettings(orgId)), apiAccessListRequired: (await tx.getOrg(orgId))?.apiAccessListRequired ?? false };
    await recordSettingsEvents(tx, deps.now(), actor, orgId, before, patch);
    if (apiAccessListRequired !== undefined) await tx.updateOrgSettings(orgId, { apiAccessListRequired });
    if (Object.keys(rest).length > 0) await tx.setOrgStoredSettings(orgId, { ...(await tx.getOrgStoredSettings(orgId)), ...rest });
  });
  return getSettings(deps, p, orgId);
}

export async function renameOrg(deps: Deps, p: Principal, orgId: string, name: string, origin: string): Promise<Org> {
  const org = await ownedOrg(deps.store, p, orgId);
  const actor = await actorOf(deps.store, p);
  await deps.store.transaction(async (tx) => {
    await tx.lockOrg(orgId);
    // Under the lock: the event names the name this change replaced.
    const oldName = (await tx.getOrg(orgId))?.name ?? org.name;
    await tx.updateOrgName(orgId, name);
    if (oldName !== name) await recordEvent(tx, deps.now(), actor, { type: "ORG_RENAMED", orgId, details: { oldName, newName: name } });
  });
  return presentOrg(origin, { ...org, name });
}
