// Where a key screen works: an organization's Access Manager or a project's.
// The details modal takes one of these; what differs in a project (its roles
// there instead of the project list, Edit Permissions) follows from it.
export type KeyScope =
  | { kind: "org"; orgId: string }
  | { kind: "project"; orgId: string; groupId: string; projectName: string };

