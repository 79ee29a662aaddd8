// Edit Roles of an organization's member or invitee: their organization roles
// and their roles in each project, sent together (both replace what was
// there). A refusal by the rules (the last owner, raising one's own roles)
// is said above the form in our words; what was ticked stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ORG_ROLES, type OrgRole } from "../../../../contract/role-catalog.ts";
import { Banner } from "../../../components/ui/banner.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useUpdateOrgUserRoles } from "../api/change-users.ts";
import type { OrgUser } from "../api/user-types.ts";
import { rolesFormSchema, rolesRefusal, type RolesFormValues } from "./invite-form.ts";
import { fromAssignments, toAssignments } from "./project-roles-field.tsx";
import { UserFormActions, UserRolesFields } from "./user-roles-fields.tsx";
import styles from "./users.module.css";

export interface EditUserRolesDialogProps {
  orgId: string;
  user: OrgUser;
  projects: readonly { id: string; name: string }[];
  onClose: () => void;
  onSaved: (user: OrgUser) => void;
}

export function EditUserRolesDialog({ orgId, user, projects, onClose, onSaved }: EditUserRolesDialogProps) {
  const update = useUpdateOrgUserRoles(orgId);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<RolesFormValues>({
    resolver: zodResolver(rolesFormSchema),
    reValidateMode: "onChange",
    defaultValues: {
      orgRoles: user.roles.orgRoles.filter((role): role is OrgRole => (ORG_ROLES as readonly string[]).includes(role)),
      projectRoles: fromAssignments(user.roles.groupRoleAssignments),
    },
  });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await update.mutateAsync({
        userId: user.id,
        roles: { orgRoles: values.orgRoles, groupRoleAssignments: toAssignments(values.projectRoles) },
      });
      onSaved(saved);
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <Dialog
      open
      size="large"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Edit Roles of ${user.username}`}
      description="The roles you select replace the ones they have."
    >
      <form className={styles.form} noValidate aria-label="Edit Roles" onSubmit={(event) => void submit(event)}>
        {failure ? (
          <Banner title="Could not change the roles">
            {rolesRefusal(failure) ?? errorMessage(failure)} Nothing was changed.
          </Banner>
        ) : null}
        <UserRolesFields control={form.control} projects={projects} disabled={isSubmitting} />
        <UserFormActions submitting={isSubmitting} label="Save" pendingLabel="Saving…" />
      </form>
    </Dialog>
  );
}
