// The organization's projects. Everyone sees those they can read; an
// Organization Owner also creates, renames and deletes them (the server
// decides either way). The frame, toast and failure banner are the keys
// pages' (ResourcePage), which knows nothing of keys.
import { useCallback, useRef, useState } from "react";
import { useParams } from "react-router";
import type { Group } from "../../../../contract/orgs.ts";
import { ResourcePage } from "../../../components/resource-page.tsx";
import { LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { usePageFeedback } from "../../../components/use-page-feedback.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Table } from "../../../components/ui/table.tsx";
import { formatExact, formatRelative } from "../../../lib/format-date.ts";
import { isOrgOwner } from "../../../lib/org-owner.ts";
import { useCurrentUser } from "../../session/api/current-user.ts";
import { useOrgProjects } from "../api/org-projects.ts";
import { useCreateProject, useDeleteProject, useRenameProject } from "../api/project-changes.ts";
import { DeleteProjectDialog } from "./delete-project-dialog.tsx";
import { ProjectNameDialog } from "./project-name-dialog.tsx";
import styles from "./org-projects-page.module.css";

type Open = { kind: "create" } | { kind: "rename"; project: Group } | { kind: "delete"; project: Group } | null;

export function OrgProjectsPage() {
  const orgId = useParams().orgId ?? "";
  const projects = useOrgProjects(orgId);
  const isOwner = isOrgOwner(useCurrentUser().data, orgId);
  const create = useCreateProject(orgId);
  const rename = useRenameProject();
  const remove = useDeleteProject();
  const feedback = usePageFeedback();
  const [open, setOpen] = useState<Open>(null);
  const deleting = useRef<string | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const rows = projects.data?.results ?? [];

  return (
    <ResourcePage
      documentTitle="Projects | Access Manager"
      heading="Projects"
      lead="The projects of this organization that you can see."
      actions={
        isOwner ? (
          <Button variant="primary" onClick={() => setOpen({ kind: "create" })}>
            Create Project
          </Button>
        ) : null
      }
      feedback={feedback}
    >
      {projects.isError ? <LoadFailedBanner title="Could not load the projects" query={projects} /> : null}
      <Table caption="Projects" columns={["Name", "Created", ...(isOwner ? [{ label: "Actions", hideLabel: true }] : [])]} busy={projects.isPending}>
        {rows.map((project) => (
          <tr key={project.id}>
            <td className={`${styles.cell} ${styles.name}`}>{project.name}</td>
            <td className={styles.cell}>
              {/* Relative, the exact time on hover: the tables' convention (UX.md). */}
              <time dateTime={project.created} title={formatExact(project.created)}>
                {formatRelative(project.created)}
              </time>
            </td>
            {isOwner ? (
              <td className={styles.cell}>
                <div className={styles.actions}>
                  <Button onClick={() => setOpen({ kind: "rename", project })} aria-label={`Rename ${project.name}`}>
                    Rename
                  </Button>
                  <Button
                    data-delete-project={project.id}
                    onClick={() => setOpen({ kind: "delete", project })}
                    aria-label={`Delete ${project.name}`}
                  >
                    Delete
                  </Button>
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </Table>
      {projects.isSuccess && rows.length === 0 ? <p>No projects yet.</p> : null}

      {open?.kind === "create" ? (
        <ProjectNameDialog
          title="Create Project"
          submitLabel="Create Project"
          onClose={close}
          onSubmit={async (name) => {
            await create.mutateAsync(name);
            feedback.notify(`Project ${name} created.`);
            close();
          }}
        />
      ) : null}
      {open?.kind === "rename" ? (
        <ProjectNameDialog
          title={`Rename ${open.project.name}`}
          submitLabel="Save"
          initialName={open.project.name}
          onClose={close}
          onSubmit={async (name) => {
            await rename.mutateAsync({ groupId: open.project.id, name });
            feedback.notify(`Project renamed to ${name}.`);
            close();
          }}
        />
      ) : null}
      {open?.kind === "delete" ? (
        <DeleteProjectDialog
          project={open.project}
          onCancel={close}
          onClosed={() => {
            // Deleted: the row is going, so the heading; cancelled: back to the row's Delete.
            const id = deleting.current;
            deleting.current = null;
            const button = id ? null : document.querySelector<HTMLElement>(`[data-delete-project="${open.project.id}"]`);
            (button ?? feedback.headingRef.current)?.focus();
          }}
          onConfirm={(project) => {
            deleting.current = project.id;
            close();
            feedback.report(remove.mutateAsync(project), {
              done: `Project ${project.name} deleted.`,
              failed: "The project was not deleted",
              unchanged: "It is still there.",
            });
          }}
        />
      ) : null}
    </ResourcePage>
  );
}
