// For a user who lost both their authenticator and their recovery codes: the
// operator turns two-factor sign-in off (the user sets it up again, at once
// if an org requires it) and ends the user's sessions.
import { recordInUserOrgs } from "../auth/sign-in-events.ts";
import { ApiError } from "../http/api-error.ts";
import { required } from "../cli-args.ts";
import { cliActor } from "./cli-actor.ts";
import type { Command } from "./command.ts";

export const twoFactorCommands: Command[] = [
  {
    name: "users reset-two-factor",
    args: "--email E",
    summary: "turns a user's two-factor sign-in off (lost authenticator and codes) and ends their sessions",
    flags: { email: "one" },
    async run(flags, ctx) {
      const email = required(flags, "email").toLowerCase();
      const deps = await ctx.deps();
      const user = await deps.store.getUserByEmail(email);
      if (!user) throw new ApiError(404, "USER_NOT_FOUND", `no user ${email}`);
      const wasOn = (await deps.store.getAccount(user.id)).totpSecretEnc !== null;
      await deps.store.transaction(async (tx) => {
        await tx.disableTotp(user.id);
        await tx.deleteUserSessions(user.id);
        if (wasOn) await recordInUserOrgs(tx, deps.now(), cliActor(), user, "USER_TWO_FACTOR_DISABLED");
      });
      return { id: user.id, email: user.email, twoFactorWasOn: wasOn };
    },
  },
];
