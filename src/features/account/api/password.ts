// POST /api/private/account/password. Passwords travel in the request only:
// a plain call, not a mutation, so neither stays in the MutationCache.
import type { ChangePassword } from "../../../../contract/account.ts";
import { apiRequest } from "../../../lib/api-client.ts";

export async function changePassword(body: ChangePassword): Promise<void> {
  await apiRequest("/private/account/password", { method: "POST", body });
}
