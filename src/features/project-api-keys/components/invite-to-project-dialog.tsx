// /projects/:groupId/access/apiKeys/invite: "Invite to Project", a modal over
// the table. Pick an organization key, give it Project Permissions, and one
// request (POST .../apiKeys/{id} with [{ roles }]) adds it to the project.
// The organization's keys to choose from come from the route (the query is
// the organization feature's: src/app/project-api-keys-routes.tsx).
import type { UseQueryResult } from "@tanstack/react-query";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useRef } from "react";
import { Controller, useForm } from "react-hook-form";
import { useOutletContext } from "react-router";
import { z } from "zod";
import { assignProjectApiKeySchema, type ApiKey } from "../../../../contract/api-keys.ts";
import type { Paginated } from "../../../../contract/pagination.ts";
import { PROJECT_ROLE_INFO, PROJECT_ROLES } from "../../../../contract/role-catalog.ts";
import { combinedQuery, LoadFailedBanner } from "../../../components/load-failed-banner.tsx";
import { OwnerRequiredNotice } from "../../../components/owner-required-notice.tsx";
import { RoleChecklist } from "../../../components/role-checklist.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { RouteDialog } from "../../../components/route-dialog.tsx";
import { DialogClose } from "../../../components/ui/dialog.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { useCloseModalRoute } from "../../../lib/use-close-modal-route.ts";
import { useAssignProjectApiKey } from "../api/assign-project-api-key.ts";
import { useProjectApiKeys } from "../api/project-api-keys.ts";
import { InviteKeyPicker } from "./invite-key-picker.tsx";
import type { ProjectKeysOutletContext } from "./project-api-keys-page.tsx";
import styles from "./invite-to-project.module.css";

// The contract's assignment ({ roles }) plus the key it is for.
const inviteFormSchema = assignProjectApiKeySchema.element.extend({
  keyId: z.string().min(1, { error: "Choose the API key to invite." }),
});
type InviteForm = z.infer<typeof inviteFormSchema>;

function failureText(error: unknown): string {
  if (error instanceof ApiError && error.errorCode === "API_KEY_ALREADY_IN_GROUP") {
    return "This key is already in the project. Use Edit Permissions to change its roles.";
  }
  return errorMessage(error);
}

export function InviteToProjectDialog({ candidates }: { candidates: UseQueryResult<Paginated<ApiKey>> }) {
  const { groupId, projectName, canManage, notify, markRow } = useOutletContext<ProjectKeysOutletContext>();
  const close = useCloseModalRoute();
  const projectKeys = useProjectApiKeys(groupId);
  const assign = useAssignProjectApiKey(groupId);
  const searchRef = useRef<HTMLInputElement>(null);
  const formId = useId();
  const form = useForm<InviteForm>({
    resolver: zodResolver(inviteFormSchema),
    // On submit, then on every change (see EditPermissionsForm for why not on blur).
    mode: "onSubmit",
    defaultValues: { keyId: "", roles: [] },
  });
  const inProject = useMemo(() => new Set(projectKeys.data?.results.map((key) => key.id)), [projectKeys.data]);

  const onSubmit = form.handleSubmit(async ({ keyId, roles }) => {
    try {
      await assign.mutateAsync({ keyId, roles });
    } catch {
      return; // Shown in the banner; the choices stay as they were.
    }
    const invited = candidates.data?.results.find((key) => key.id === keyId);
    notify(`API key ${invited?.publicKey ?? ""} invited to ${projectName}.`);
    markRow(keyId);
    close();
  });

  const loading = candidates.isPending || projectKeys.isPending;
  const reads = combinedQuery(candidates, projectKeys);
  let body;
  if (!canManage) {
    body = <OwnerRequiredNotice project action={`invite API keys to ${projectName}`} />;
  } else if (loading) {
    body = <p role="status">Loading the organization&apos;s API keys…</p>;
  } else if (reads.error || !candidates.data) {
    body = <LoadFailedBanner title="Could not load the organization's API keys" query={reads} />;
  } else {
    body = (
      <form id={formId} className={styles.form} noValidate onSubmit={(event) => void onSubmit(event)}>
        {assign.isError ? <Banner title="Could not invite the key">{failureText(assign.error)}</Banner> : null}
        <Controller
          control={form.control}
          name="keyId"
          render={({ field, fieldState }) => (
            <InviteKeyPicker
              keys={candidates.data.results}
              inProject={inProject}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              searchRef={searchRef}
            />
          )}
        />
        <Controller
          control={form.control}
          name="roles"
          render={({ field, fieldState }) => (
            <RoleChecklist
              legend="Project Permissions"
              hint={`The key's roles in ${projectName}.`}
              roles={PROJECT_ROLES}
              info={PROJECT_ROLE_INFO}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              firstRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </form>
    );
  }

  return (
    <RouteDialog
      size="large"
      title="Invite to Project"
      description={`Give one of the organization's API keys roles in ${projectName}. It keeps its access list and its other projects.`}
      onOpenAutoFocus={(event) => {
        if (!searchRef.current) return;
        event.preventDefault();
        searchRef.current.focus();
      }}
      footer={
        canManage && candidates.data ? (
          <>
            <DialogClose asChild>
              <Button>Cancel</Button>
            </DialogClose>
            <Button type="submit" form={formId} variant="primary" disabled={assign.isPending}>
              {assign.isPending ? "Inviting…" : "Invite to Project"}
            </Button>
          </>
        ) : (
          <ButtonLink to=".." relative="route" variant="primary">
            Close
          </ButtonLink>
        )
      }
    >
      {body}
    </RouteDialog>
  );
}
