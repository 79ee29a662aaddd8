// The form of "Edit Permissions": the key's Project Permissions, which Save
// REPLACES (not adds to). Validated with the contract's roles schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import type { z } from "zod";
import { createProjectApiKeySchema, type ApiKey } from "../../../../contract/api-keys.ts";
import { PROJECT_ROLE_INFO, PROJECT_ROLES, type ProjectRole } from "../../../../contract/role-catalog.ts";
import { RoleChecklist } from "../../../components/role-checklist.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import type { ProjectScope } from "../../../lib/project-scope.ts";
import { projectRoleNames } from "../../../lib/key-roles.ts";
import type { NoticeState } from "../../../lib/route-state.ts";
import { useUpdateProjectApiKeyRoles } from "../api/update-project-api-key-roles.ts";
import styles from "./edit-permissions.module.css";

const rolesFormSchema = createProjectApiKeySchema.pick({ roles: true });
type RolesForm = z.infer<typeof rolesFormSchema>;

function isProjectRole(role: string): role is ProjectRole {
  return (PROJECT_ROLES as readonly string[]).includes(role);
}

export function EditPermissionsForm({ apiKey, scope, tablePath }: { apiKey: ApiKey; scope: ProjectScope; tablePath: string }) {
  const navigate = useNavigate();
  const update = useUpdateProjectApiKeyRoles(scope.groupId);
  const form = useForm<RolesForm>({
    resolver: zodResolver(rolesFormSchema),
    // Checked on submit, then on every change. Not on blur: a group of
    // checkboxes blurs between its own boxes, and an error appearing on the
    // way to Save would move Save from under the pointer.
    mode: "onSubmit",
    // Set once: a background refresh of the list must not undo the user's ticks.
    defaultValues: { roles: projectRoleNames(apiKey, scope.groupId).filter(isProjectRole) },
  });

  const onSubmit = form.handleSubmit(async ({ roles }) => {
    try {
      await update.mutateAsync({ keyId: apiKey.id, roles });
    } catch {
      return; // Shown in the banner; the ticks stay.
    }
    const state: NoticeState = { notice: `Permissions of API key ${apiKey.publicKey} in ${scope.projectName} saved.`, highlight: apiKey.id };
    void navigate(tablePath, { state });
  });

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void onSubmit(event)}>
      {update.isError ? <Banner title="Could not save the permissions">{errorMessage(update.error)}</Banner> : null}
      <Controller
        control={form.control}
        name="roles"
        render={({ field, fieldState }) => (
          <RoleChecklist
            legend="Project Permissions"
            hint={`Saving replaces the key's roles in ${scope.projectName} with the ones ticked here.`}
            roles={PROJECT_ROLES}
            info={PROJECT_ROLE_INFO}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            firstRef={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className={styles.actions}>
        <ButtonLink to={tablePath}>Cancel</ButtonLink>
        <Button type="submit" variant="primary" disabled={update.isPending || !form.formState.isDirty}>
          {update.isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
