// Invite Users: one or more email addresses, their organization roles and,
// optionally, roles in projects; all are invited or none. Then each
// invitee's one-time invitation link, shown once with Copy. The links live
// in this component's state only (useInviteUsers is not a cached mutation).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ORG_ROLE_INFO, ORG_ROLES } from "../../../../contract/role-catalog.ts";
import { RoleChecklistField } from "../../../components/role-checklist-field.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog, DialogClose } from "../../../components/ui/dialog.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useInviteUsers } from "../api/user-links.ts";
import { emailsError, INVITE_DEFAULTS, inviteFormSchema, splitEmails, type InviteFormValues } from "./invite-form.ts";
import { OneTimeLinks, type OneTimeLink } from "./one-time-links.tsx";
import { ProjectRolesField, toAssignments } from "./project-roles-field.tsx";
import styles from "./users.module.css";

export interface InviteUsersDialogProps {
  orgId: string;
  projects: readonly { id: string; name: string }[];
  onClose: () => void;
  /** Told the addresses once they are invited, for the page's notice. */
  onInvited: (emails: string[]) => void;
}

export function InviteUsersDialog({ orgId, projects, onClose, onInvited }: InviteUsersDialogProps) {
  const invite = useInviteUsers(orgId);
  const [links, setLinks] = useState<OneTimeLink[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<InviteFormValues>({
    resolver: zodResolver(inviteFormSchema),
    mode: "onBlur",
    reValidateMode: "onChange",
    defaultValues: INVITE_DEFAULTS,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const usernames = splitEmails(values.emails);
    try {
      const answer = await invite({ usernames, roles: { orgRoles: values.orgRoles, groupRoleAssignments: toAssignments(values.projectRoles) } });
      setLinks(answer.results.map((user) => ({ label: user.username, url: user.invitationUrl, expiresAt: user.invitationExpiresAt })));
      onInvited(answer.results.map((user) => user.username));
    } catch (error) {
      const message = emailsError(error, usernames);
      if (message) form.setError("emails", { type: "server", message }, { shouldFocus: true });
      else setFailure(error);
    }
  });

  return (
    <Dialog
      open
      size="large"
      onOpenChange={(open) => {
        // The links go with the dialog: only the ticked Close ends it.
        if (!open && links === null) onClose();
      }}
      title={links ? "Invitation Links" : "Invite Users"}
      description={links ? undefined : "Each person gets a one-time link to join this organization with the roles below."}
    >
      {links ? (
        <OneTimeLinks links={links} noun="invitation link" onClose={onClose} />
      ) : (
        <form className={styles.form} noValidate aria-label="Invite Users" onSubmit={(event) => void submit(event)}>
          {failure ? <Banner title="Could not invite">{errorMessage(failure)} Nobody was invited.</Banner> : null}
          <TextField
            label="Email addresses"
            autoComplete="off"
            hint="Separate several addresses with commas or spaces."
            error={errors.emails?.message}
            {...form.register("emails")}
          />
          <RoleChecklistField
            control={form.control}
            name="orgRoles"
            legend="Organization Permissions"
            hint="Select the role or roles they have in this organization."
            roles={ORG_ROLES}
            info={ORG_ROLE_INFO}
          />
          <Controller
            control={form.control}
            name="projectRoles"
            render={({ field }) => <ProjectRolesField projects={projects} value={field.value} onChange={field.onChange} disabled={isSubmitting} />}
          />
          <p className={styles.actions}>
            <DialogClose asChild>
              <Button type="button">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {isSubmitting ? "Inviting…" : "Invite Users"}
            </Button>
          </p>
        </form>
      )}
    </Dialog>
  );
}
