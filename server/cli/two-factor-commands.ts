// For a user who lost both their authenticator and their recovery codes: the
// operator turns two-factor sign-in off (the user sets it up again, at once
// if an org requires it) and ends the user's sessions.
import { recordInUserOrgs } from "../auth/sign-in-events.ts";
import { cliActor } from "./cli-actor.ts";
import type { Command } from "./command.ts";
import { userByEmailFlag } from "./user-commands.ts";

export const twoFactorCommands: Command[] = [
  {
    name: "users reset-two-factor",
    args: "--email E",
    summary: "turns a user's two-factor sign-in off (lost authenticator and codes) and ends their sessions",
    flags: { email: "one" },
    async run(flags, ctx) {
      const deps = await ctx.deps();
      const user = await userByEmailFlag(flags, deps.store);
      // Whether it was on comes from the write itself, in the transaction that
      // records it: a reset racing this one (or the user turning it off) can
      // neither drop the event nor record it twice.
      const wasOn = await deps.store.transaction(async (tx) => {
        const on = await tx.disableTotp(user.id);
        await tx.deleteUserSessions(user.id);
        if (on) await recordInUserOrgs(tx, deps.now(), cliActor(), user, "USER_TWO_FACTOR_DISABLED");
        return on;
      });
      return { id: user.id, email: user.email, twoFactorWasOn: wasOn };
    },
  },
];
