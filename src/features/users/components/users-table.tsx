// The people of an organization or a project: a list of columns over the
// shared LocalTable (filter, sort and page in the URL). Name, email, roles by
// their Atlas labels, (in an organization) the projects, and whether they are
// a member or still invited, with the invitation's expiry, and the last sign-in.
import { useMemo, type ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { roleLabel } from "../../../../contract/role-catalog.ts";
import { collator, compareTimes, type Column, type SortState } from "../../../components/table/column.ts";
import { RelativeDate } from "../../../components/table/date-text.tsx";
import { LocalTable } from "../../../components/table/local-table.tsx";
import tableStyles from "../../../components/table/keys-table.module.css";
import { fullName, type GroupUser, type OrgUser } from "../api/user-types.ts";
import styles from "./users.module.css";

type Person = OrgUser | GroupUser;
type ColumnId = "name" | "email" | "roles" | "projects" | "status" | "lastAuth";
const BY_EMAIL: SortState<ColumnId> = { column: "email", direction: "ascending" };

/** "Active", "Pending" or "Invitation Expired": what the status column says and sorts by. */
function statusLabel(user: Person): string {
  if (user.orgMembershipStatus === "ACTIVE") return "Active";
  return user.orgMembershipStatus === "PENDING" ? "Pending" : "Invitation Expired";
}

function list(items: readonly string[], empty: string): ReactNode {
  if (items.length === 0) return <span className={tableStyles.muted}>{empty}</span>;
  return (
    <ul className={`${tableStyles.list} ${tableStyles.roles}`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export interface UsersColumnsOptions<P extends Person> {
  rolesLabel: string;
  rolesOf: (user: P) => string[];
  /** In an organization: the names of the projects a user has roles in. */
  projectsOf?: (user: P) => string[];
}

function columns<P extends Person>({ rolesLabel, rolesOf, projectsOf }: UsersColumnsOptions<P>): Column<P, ColumnId>[] {
  const labels = (user: P) => rolesOf(user).map(roleLabel);
  const shown: (Column<P, ColumnId> | null)[] = [
    {
      id: "name",
      label: "Name",
      cell: (user) => (
        <td className={styles.name} data-cell="title">
          {fullName(user) ?? <span className={tableStyles.muted}>—</span>}
        </td>
      ),
      compare: (a, b) => collator.compare(fullName(a) ?? "", fullName(b) ?? ""),
      filterText: (user) => [fullName(user) ?? ""],
    },
    {
      id: "email",
      label: "Email",
      cell: (user) => <td data-label="Email">{user.username}</td>,
      compare: (a, b) => collator.compare(a.username, b.username),
      filterText: (user) => [user.username],
    },
    {
      id: "roles",
      label: rolesLabel,
      cell: (user) => <td data-label={rolesLabel}>{list(labels(user), "None")}</td>,
      compare: (a, b) => collator.compare(labels(a).join(", "), labels(b).join(", ")),
      filterText: labels,
    },
    projectsOf
      ? {
          id: "projects",
          label: "Projects",
          cell: (user) => <td data-label="Projects">{list(projectsOf(user), "None")}</td>,
          compare: (a, b) => projectsOf(a).length - projectsOf(b).length,
          filterText: projectsOf,
        }
      : null,
    {
      id: "status",
      label: "Status",
      cell: (user) => (
        <td className={tableStyles.date} data-label="Status">
          {statusCell(user)}
        </td>
      ),
      compare: (a, b) => collator.compare(statusLabel(a), statusLabel(b)) || compareTimes(expiry(a), expiry(b)),
      filterText: (user) => [statusLabel(user)],
    },
    {
      id: "lastAuth",
      label: "Last Sign-in",
      cell: (user) => (
        <td className={tableStyles.date} data-label="Last Sign-in">
          <RelativeDate iso={lastAuth(user)} fallback="Never" />
        </td>
      ),
      compare: (a, b) => compareTimes(lastAuth(a), lastAuth(b)),
      firstDirection: "descending",
      filterText: () => [],
    },
  ];
  return shown.filter((column): column is Column<P, ColumnId> => column !== null);
}

const lastAuth = (user: Person) => (user.orgMembershipStatus === "ACTIVE" ? (user.lastAuth ?? null) : null);
const expiry = (user: Person) => (user.orgMembershipStatus === "ACTIVE" ? null : user.invitationExpiresAt);

function statusCell(user: Person): ReactNode {
  if (user.orgMembershipStatus === "ACTIVE") return <span className={styles.active}>Active</span>;
  const expired = user.orgMembershipStatus === "INVITATION_EXPIRED";
  return (
    <span className={styles.pending}>
      <span className={styles.badge}>{statusLabel(user)}</span>{" "}
      <span className={styles.expiry}>
        {expired ? "Expired " : "Expires "}
        <RelativeDate iso={user.invitationExpiresAt} fallback="—" />
      </span>
    </span>
  );
}

export interface UsersTableProps<P extends Person> extends UsersColumnsOptions<P> {
  query: UseQueryResult<{ results: P[] }>;
  caption: string;
  empty: ReactNode;
  renderActions: (user: P) => ReactNode;
  highlightId?: string | null;
}

export function UsersTable<P extends Person>({ query, caption, empty, renderActions, highlightId, ...options }: UsersTableProps<P>) {
  const { rolesLabel, rolesOf, projectsOf } = options;
  const shown = useMemo(() => columns<P>({ rolesLabel, rolesOf, projectsOf }), [rolesLabel, rolesOf, projectsOf]);
  return (
    <LocalTable
      query={query}
      rows={query.data?.results}
      columns={shown}
      defaultSort={BY_EMAIL}
      rowId={(user) => user.id}
      caption={caption}
      noun={{ one: "user", many: "users" }}
      filterHint={options.projectsOf ? "Name, email, role, project or status" : "Name, email, role or status"}
      filterHelp={`The filter looks at names, email addresses, roles${options.projectsOf ? ", projects" : ""} and status.`}
      empty={empty}
      renderActions={renderActions}
      highlightId={highlightId}
    />
  );
}
