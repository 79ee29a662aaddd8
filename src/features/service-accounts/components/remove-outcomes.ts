// What the Service Accounts page reports after Delete (an organization's
// page) or Remove from Project (a project's), for one account from its row
// menu or for a selection, item by item.
import type { BulkOutcome, Outcome } from "../../../components/use-page-feedback.ts";
import type { ServiceAccount } from "../api/service-account-types.ts";

/** In an organization `projectName` is null: the account is deleted. */
export function removeOutcome(account: ServiceAccount, projectName: string | null): Outcome {
  const { name } = account;
  return projectName === null
    ? { done: `Service account ${name} deleted.`, failed: `Could not delete service account ${name}`, unchanged: "It was not deleted." }
    : { done: `${name} removed from ${projectName}.`, failed: `Could not remove ${name}`, unchanged: "It is still in the project." };
}

export function removeManyOutcome(accounts: readonly ServiceAccount[], projectName: string | null): BulkOutcome<ServiceAccount> {
  const name = (account: ServiceAccount) => account.name;
  const [first] = accounts;
  if (projectName === null) {
    return {
      name,
      done: (count) => (count === 1 && first ? removeOutcome(first, null).done : `${count} service accounts deleted.`),
      failed: (done, total) => `Deleted ${done} of ${total} service accounts`,
      unchanged: "These service accounts were not deleted and stay selected:",
    };
  }
  return {
    name,
    done: (count) =>
      count === 1 && first ? removeOutcome(first, projectName).done : `${count} service accounts removed from ${projectName}. They stay in the organization.`,
    failed: (done, total) => `Removed ${done} of ${total} service accounts from ${projectName}`,
    unchanged: "These service accounts are still in this project and stay selected:",
  };
}
