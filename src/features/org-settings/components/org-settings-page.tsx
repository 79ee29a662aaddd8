// Organization Settings: "Require IP Access List for the Atlas Administration
// API". Owners switch it (it applies at once, as in Atlas); everyone else
// sees it, switched off for them, with who can change it.
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

export function OrgSettingsPage() {
  const orgId = useParams().orgId ?? "";
  const settings = useOrgSettings(orgId);
  const update = useUpdateOrgSettings(orgId);
  const isOwner = isOrgOwner(useCurrentUser().data, orgId);
  const labelId = useId();
  const helpId = useId();

  return (
    <div className={styles.page}>
      <title>Organization Settings | Access Manager</title>
      <h2 className={styles.title}>Organization Settings</h2>
      {settings.isError ? <LoadFailedBanner title="Could not load the organization's settings" query={settings} /> : null}
      {update.isError ? <Banner title="The setting was not changed">{errorMessage(update.error)}</Banner> : null}
      <section className={styles.card} aria-busy={settings.isPending || update.isPending || undefined}>
        <div className={styles.row}>
          <div>
            <h3 id={labelId} className={styles.label}>
              Require IP Access List for the Atlas Administration API
            </h3>
            <p id={helpId} className={styles.help}>
              When on, an API key with no access list entries cannot make requests to this organization.
              {isOwner ? null : " Only an Organization Owner can change this."}
            </p>
          </div>
          {settings.data ? (
            <Switch
              checked={settings.data.apiAccessListRequired}
              labelledBy={labelId}
              describedBy={helpId}
              disabled={!isOwner || update.isPending}
              onChange={(apiAccessListRequired) => update.mutate({ apiAccessListRequired })}
            />
          ) : null}
        </div>
      </section>
    </div>
  );
}
