// The invitation e-mail, sent after the invitation committed. A failed send
// does not undo the invitation (the inviter was shown the link and can pass
// it on); it is logged by its error code only, never with the message or link.
import type { Deps } from "../domain/deps.ts";

export async function mailInvitation(deps: Deps, to: { email: string; orgName: string; inviter: string; url: string; expires: Date }): Promise<boolean> {
  if (!deps.mailer) return false;
  const text = [
    `${to.inviter} invited you to the organization "${to.orgName}" in Access Manager.`,
    "",
    "Open this link to accept the invitation (it works once):",
    to.url,
    "",
    `It expires on ${to.expires.toISOString().slice(0, 10)}. If you did not expect it, ignore this message.`,
  ].join("\n");
  try {
    await deps.mailer.send({ to: to.email, subject: `Invitation to ${to.orgName} in Access Manager`, text });
    return true;
  } catch (e) {
    console.error("sending an invitation e-mail failed:", (e as { code?: string }).code ?? (e instanceof Error ? e.name : "unknown"));
    return false;
  }
}
