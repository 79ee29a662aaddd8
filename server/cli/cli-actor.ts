// Who the activity feed names for a change made with the operator CLI: the
// CLI and the OS account that ran it (there is no session or key).
import { operatorActor, type Actor } from "../domain/events.ts";

export function cliActor(): Actor {
  return operatorActor(`cli:${process.env.USER || process.env.USERNAME || "operator"}`);
}
