// `users invite`: the operator's way to invite someone, printing the one-time
// invitation link (once: it is stored only as a keyed hash). With SMTP_URL
// set the invitation is also e-mailed, as from the console.
import { orgUserRequestSchema } from "../../contract/people.ts";
import { optional, required, UsageError } from "../cli-args.ts";
import { createInvitation } from "../domain/org-invite.ts";
import { linkUrl } from "../domain/one-time-links.ts";
import { atlasDate } from "../domain/present.ts";
import { mailInvitation } from "../mail/invitation-mail.ts";
import { smtpMailer } from "../mail/smtp-mailer.ts";
import { cliActor } from "./cli-actor.ts";
import { objectId, serverOrigin, type Command } from "./command.ts";
import { existingOrg } from "./org-commands.ts";

export const inviteCommand: Command = {
  name: "users invite",
  args: "--email E --org ORG_ID --role ORG_ROLE [--role ORG_ROLE ...] [--project GROUP_ID --project-role GROUP_ROLE]",
  summary: "invites someone to an organization (PENDING until accepted) and prints the one-time invitation link",
  flags: { email: "one", org: "one", role: "many", project: "one", "project-role": "one" },
  async run(flags, ctx) {
    const orgId = objectId(required(flags, "org"), "org");
    const project = optional(flags, "project");
    const projectRole = optional(flags, "project-role");
    if (!project !== !projectRole) throw new UsageError("--project and --project-role go together");
    const request = orgUserRequestSchema.safeParse({
      username: required(flags, "email"),
      roles: {
        orgRoles: flags.get("role") ?? [],
        groupRoleAssignments: project && projectRole ? [{ groupId: objectId(project, "project"), groupRoles: [projectRole] }] : [],
      },
    });
    if (!request.success) {
      const issue = request.error.issues[0];
      throw new UsageError(`${issue?.path.join(".") || "arguments"}: ${issue?.message ?? "invalid"} (see users invite --help)`);
    }
    const config = ctx.config();
    const deps = await ctx.deps();
    await existingOrg(deps.store, orgId);
    const { person, link } = await createInvitation(deps, cliActor(), orgId, request.data);
    const invitationUrl = linkUrl(config.publicUrl ?? serverOrigin(config), "invitation", link.token);
    const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
    const mailed = await mailInvitation({ ...deps, mailer }, { email: person.user.email, orgName: (await deps.store.getOrg(orgId))?.name ?? "", inviter: person.invitation.inviter, url: invitationUrl, expires: link.expires });
    return {
      id: person.user.id,
      email: person.user.email,
      orgMembershipStatus: "PENDING",
      invitationUrl,
      invitationExpiresAt: atlasDate(link.expires),
      emailed: mailed,
      note: "the link is shown once: give it to the invitee (it works once and expires in 30 days)",
    };
  },
};
