// The roles part of Invite Users and Edit Roles: organization roles as a
// checklist, then roles per project; and the form's Cancel and submit.
import { Controller, type Control } from "react-hook-form";
import { ORG_ROLE_INFO, ORG_ROLES } from "../../../../contract/role-catalog.ts";
import { RoleChecklistField } from "../../../components/role-checklist-field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { DialogClose } from "../../../components/ui/dialog.tsx";
import type { RolesFormValues } from "./invite-form.ts";
import { ProjectRolesField } from "./project-roles-field.tsx";
import styles from "./users.module.css";

export function UserRolesFields<V extends RolesFormValues>(props: {
  control: Control<V>;
  projects: readonly { id: string; name: string }[];
  disabled: boolean;
}) {
  // Both forms hold these two fields under these names; react-hook-form's generics cannot say so of V.
  const control = props.control as unknown as Control<RolesFormValues>;
  return (
    <>
      <RoleChecklistField
        control={control}
        name="orgRoles"
        legend="Organization Permissions"
        hint="Select the role or roles they have in this organization."
        roles={ORG_ROLES}
        info={ORG_ROLE_INFO}
      />
      <Controller
        control={control}
        name="projectRoles"
        render={({ field }) => <ProjectRolesField projects={props.projects} value={field.value} onChange={field.onChange} disabled={props.disabled} />}
      />
    </>
  );
}

export function UserFormActions({ submitting, label, pendingLabel }: { submitting: boolean; label: string; pendingLabel: string }) {
  return (
    <p className={styles.actions}>
      <DialogClose asChild>
        <Button type="button">Cancel</Button>
      </DialogClose>
      <Button type="submit" variant="primary" disabled={submitting}>
        {submitting ? pendingLabel : label}
      </Button>
    </p>
  );
}
