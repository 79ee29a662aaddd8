// Organization Settings: the two switches that change what the server does,
// "Require IP Access List for the Atlas Administration API" and "Require
// Multi-Factor Authentication (MFA)". Owners switch them (each applies at
// once, as in Atlas); everyone else sees them, switched off for them, with who
// can change them.
import { useId } from "react";
import { useParams } from "react-router";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Switch } from "../../../components/ui/switch.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { isOrgOwner } from "../../../lib/org-owner.ts";
import { useOrgSettings } from "../../../lib/org-settings-query.ts";
import { useUpdateOrgSettings } from "../api/org-settings.ts";
import { useCurrentUser } from "../../session/api/current-user.ts";
import styles from "./org-settings-page.module.css";

type Flag = "apiAccessListRequired" | "multiFactorAuthRequired";

const SWITCHES: { flag: Flag; title: string; help: string }[] = [
  {
    flag: "apiAccessListRequired",
    title: "Require IP Access List for the Atlas Administration API",
    help: "When on, an API key with no access list entries cannot make requests to this organization.",
  },
  {
    flag: "multiFactorAuthRequired",
    title: "Require Multi-Factor Authentication (MFA)",
    help: "When on, a member without two-factor sign-in sets it up at their next sign-in, before they reach anything else. API keys and service accounts are not affected.",
  },
];

interface SettingSwitchProps {
  title: string;
  help: string;
  checked: boolean | undefined;
  disabled: boolean;
  onChange: (on: boolean) => void;
}

function SettingSwitch({ title, help, checked, disabled, onChange }: SettingSwitchProps) {
  const labelId = useId();
  const helpId = useId();
  return (
    <div className={styles.row}>
      <div>
        <h3 id={labelId} className={styles.label}>
          {title}
        </h3>
        <p id={helpId} className={styles.help}>
          {help}
        </p>
      </div>
      {checked === undefined ? null : <Switch checked={checked} labelledBy={labelId} describedBy={helpId} disabled={disabled} onChange={onChange} />}
    </div>
  );
}

export function OrgSettingsPage() {
  const orgId = useParams().orgId ?? "";
  const settings = useOrgSettings(orgId);
  const update = useUpdateOrgSettings(orgId);
  const isOwner = isOrgOwner(useCurrentUser().data, orgId);

  return (
    <div className={styles.page}>
      <title>Organization Settings | Access Manager</title>
      <h2 className={styles.title}>Organization Settings</h2>
      {settings.isError ? <LoadFailedBanner title="Could not load the organization's settings" query={settings} /> : null}
      {update.isError ? <Banner title="The setting was not changed">{errorMessage(update.error)}</Banner> : null}
      <section className={styles.card} aria-busy={settings.isPending || update.isPending || undefined}>
        {SWITCHES.map(({ flag, title, help }) => (
          <SettingSwitch
            key={flag}
            title={title}
            help={isOwner ? help : `${help} Only an Organization Owner can change this.`}
            checked={settings.data ? (settings.data[flag] ?? false) : undefined}
            disabled={!isOwner || update.isPending}
            onChange={(on) => update.mutate({ [flag]: on })}
          />
        ))}
      </section>
    </div>
  );
}
