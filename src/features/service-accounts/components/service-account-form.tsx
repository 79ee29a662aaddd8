// "Service Account Information", for Create and Edit: Name, Description,
// Organization or Project Permissions and, on create, Client Secret
// Expiration. Checked on blur and on submit; a refusal from the server lands
// next to the field it names, or in a banner above the form; what was typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { ORG_ROLE_INFO, ORG_ROLES, PROJECT_ROLE_INFO, PROJECT_ROLES } from "../../../../contract/roles.ts";
import { RoleChecklistField } from "../../../components/role-checklist-field.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import styles from "../../../components/wizard/wizard.module.css";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { useRefocusWhenIdle } from "../../../lib/use-refocus-when-idle.ts";
import { ExpirySelect } from "./expiry-select.tsx";
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  serviceAccountFieldErrors,
  serviceAccountFormSchema,
  type ServiceAccountField,
  type ServiceAccountFormValues,
} from "./service-account-form-schema.ts";

const CATALOGS = {
  org: { legend: "Organization Permissions", roles: ORG_ROLES, info: ORG_ROLE_INFO, hint: "Select the role or roles the account has in this organization." },
  project: {
    legend: "Project Permissions",
    roles: PROJECT_ROLES,
    info: PROJECT_ROLE_INFO,
    hint: "Select the role or roles the account has in this project. It also becomes an Organization Member.",
  },
} as const;

export interface ServiceAccountFormProps {
  scope: "org" | "project";
  defaultValues: ServiceAccountFormValues;
  /** Create asks how long the first secret lives, up to this many hours (the org's cap); Edit does not (secrets are never extended). */
  expiryMaxHours?: number;
  /** Edit in a project changes the project roles only. */
  rolesOnly?: boolean;
  onSubmit: (values: ServiceAccountFormValues) => Promise<void>;
  failureTitle: string;
  submitLabel: string;
  pendingLabel: string;
  /** The secondary actions (Cancel). */
  actions: ReactNode;
  /** Told whether the fields differ from the defaults (a leave guard asks then). */
  onDirtyChange?: (dirty: boolean) => void;
}

export function ServiceAccountForm(props: ServiceAccountFormProps) {
  const { expiryMaxHours, rolesOnly = false, onDirtyChange } = props;
  const catalog = CATALOGS[props.scope];
  const form = useForm<ServiceAccountFormValues>({
    resolver: zodResolver(serviceAccountFormSchema),
    mode: "onBlur",
    reValidateMode: "onChange",
    defaultValues: props.defaultValues,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting, isDirty } = form.formState;
  const submitRef = useRef<HTMLButtonElement>(null);
  useRefocusWhenIdle(submitRef, isSubmitting);
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  const count = (field: "name" | "description", max: number) => `${(form.watch(field) ?? "").trim().length} of ${max} characters`;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await props.onSubmit(values);
    } catch (error) {
      const fields = error instanceof ApiError ? serviceAccountFieldErrors(error.badRequestDetail?.fields ?? []) : {};
      for (const [field, message] of Object.entries(fields) as [ServiceAccountField, string][]) {
        form.setError(field, { type: "server", message }, { shouldFocus: true });
      }
      if (Object.keys(fields).length === 0) setFailure(error);
    }
  });

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void submit(event)} aria-label="Service Account Information">
      {failure ? <Banner title={props.failureTitle}>{errorMessage(failure)}</Banner> : null}
      {rolesOnly ? null : (
        <>
          <TextField label="Name" className={styles.descField} autoComplete="off" error={errors.name?.message} hint={count("name", NAME_MAX)} {...form.register("name")} />
          <TextField
            label="Description"
            className={styles.descField}
            autoComplete="off"
            error={errors.description?.message}
            hint={count("description", DESCRIPTION_MAX)}
            {...form.register("description")}
          />
        </>
      )}
      <RoleChecklistField control={form.control} name="roles" legend={catalog.legend} hint={catalog.hint} roles={catalog.roles} info={catalog.info} />
      {expiryMaxHours !== undefined ? (
        <Controller
          control={form.control}
          name="secretExpiresAfterHours"
          render={({ field, fieldState }) => (
            <ExpirySelect
              value={field.value}
              onChange={field.onChange}
              maxHours={expiryMaxHours}
              selectRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      ) : null}
      <div className={styles.actions}>
        {props.actions}
        <Button ref={submitRef} type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? props.pendingLabel : props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
