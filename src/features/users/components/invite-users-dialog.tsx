// Invite Users: one or more email addresses, their organization roles and,
// optionally, roles in projects; all are invited or none. Then each
// invitee's one-time invitation link, shown once with Copy. The links live
// in this component's state only (useInviteUsers is not a cached mutation).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Banner } from "../../../components/ui/banner.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { errorMessage } from "../../../lib/api-error.ts";
import { useInviteUsers } from "../api/user-links.ts";
import { emailsError, INVITE_DEFAULTS, inviteFormSchema, splitEmails, type InviteFormValues } from "./invite-form.ts";
import { OneTimeLinks, type OneTimeLink } from "./one-time-links.tsx";
import { toAssignments } from "./project-roles-field.tsx";
import { UserFormActions, UserRolesFields } from "./user-roles-fields.tsx";
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
          <UserRolesFields control={form.control} projects={projects} disabled={isSubmitting} />
          <UserFormActions submitting={isSubmitting} label="Invite Users" pendingLabel="Inviting…" />
        </form>
      )}
    </Dialog>
  );
}
