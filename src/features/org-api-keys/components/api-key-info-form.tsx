// The "API Key Information" step of Create API Key and Edit: Description and
// Organization Permissions (or, for a project's key, Project Permissions: see
// PROJECT_ROLE_FIELD), checked with the contract's create schema on blur
// (Description) and on Next. A refusal from the server lands next to the
// field it names, or in a banner above the form; what was typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { LIMITS } from "../../../../contract/limits.ts";
import {
  createOrgApiKeySchema,
  createProjectApiKeySchema,
  type CreateOrgApiKey,
  type CreateProjectApiKey,
} from "../../../../contract/api-keys.ts";
import { ORG_ROLE_INFO, ORG_ROLES, PROJECT_ROLE_INFO, PROJECT_ROLES, type RoleInfo } from "../../../../contract/roles.ts";
import { RoleChecklistField } from "../../../components/role-checklist-field.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import { useRefocusWhenIdle } from "../../../lib/use-refocus-when-idle.ts";
import styles from "../../../components/wizard/wizard.module.css";

/** What the step edits, whichever roles it offers. */
export interface KeyInfo {
  desc: string;
  roles: string[];
}

/** The roles the step offers, their names on screen, and the contract schema that checks the step. */
export interface RoleField<T extends KeyInfo> {
  schema: z.ZodType<T, T>;
  legend: string;
  hint: string;
  roles: readonly string[];
  info: Readonly<Record<string, RoleInfo>>;
}

export const ORG_ROLE_FIELD: RoleField<CreateOrgApiKey> = {
  schema: createOrgApiKeySchema,
  legend: "Organization Permissions",
  hint: "Select the role or roles the key has in this organization.",
  roles: ORG_ROLES,
  info: ORG_ROLE_INFO,
};

export const PROJECT_ROLE_FIELD: RoleField<CreateProjectApiKey> = {
  schema: createProjectApiKeySchema,
  legend: "Project Permissions",
  hint: "Select the role or roles the key has in this project. It also becomes an Organization Member.",
  roles: PROJECT_ROLES,
  info: PROJECT_ROLE_INFO,
};

export type InfoField = keyof KeyInfo;
export type InfoErrors = Partial<Record<InfoField, string>>;

/** The fields a refusal is about (from its field list or its code); empty when it is about neither. */
export function infoFieldErrors(error: unknown): InfoErrors {
  if (!(error instanceof ApiError)) return {};
  const found: InfoErrors = {};
  for (const { field, description } of error.badRequestDetail?.fields ?? []) {
    const name = field.split(".")[0];
    if (name === "desc" || name === "roles") found[name] ??= description;
  }
  if (Object.keys(found).length > 0) return found;
  if (error.errorCode === "INVALID_API_KEY_DESC") return { desc: error.detail };
  if (["MISSING_API_KEY_ROLES", "INVALID_ROLE_FOR_ORG", "INVALID_ROLE_FOR_GROUP"].includes(error.errorCode)) return { roles: error.detail };
  return {};
}

export interface ApiKeyInfoFormProps<T extends KeyInfo> {
  defaultValues: T;
  /** Sends or keeps the values; a thrown error is shown by the form. */
  onSubmit: (values: T) => Promise<void>;
  /** Default: Organization Permissions (ORG_ROLE_FIELD). */
  roleField?: RoleField<T>;
  /** Banner title when onSubmit fails for another reason than a field. */
  failureTitle: string;
  /** Shown on the primary button while onSubmit runs. */
  pendingLabel?: string;
  /** Errors found by a later step (Edit's Save), shown when the user comes back. */
  initialErrors?: InfoErrors;
  /** The secondary actions (Cancel). */
  actions: ReactNode;
  /** Told the fields' values as they change (a leave guard compares them with what is saved). */
  onValuesChange?: (values: T) => void;
}

export function ApiKeyInfoForm<T extends KeyInfo = CreateOrgApiKey>({
  defaultValues,
  onSubmit,
  roleField,
  failureTitle,
  pendingLabel,
  initialErrors,
  actions,
  onValuesChange,
}: ApiKeyInfoFormProps<T>) {
  const catalog: RoleField<KeyInfo> = roleField ?? ORG_ROLE_FIELD;
  const form = useForm<KeyInfo>({
    resolver: zodResolver(catalog.schema),
    // Description is checked when it loses focus; the roles, a group of
    // checkboxes that blurs between its own boxes, on Next and then on change.
    mode: "onBlur",
    reValidateMode: "onChange",
    defaultValues,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (!onValuesChange) return;
    const watching = form.watch((values) =>
      onValuesChange({ desc: values.desc ?? "", roles: (values.roles ?? []).filter((role) => role !== undefined) } as T),
    );
    return () => watching.unsubscribe();
  }, [form, onValuesChange]);
  // What the server counts: the trimmed description.
  const descLength = (form.watch("desc") ?? "").trim().length;
  const submitRef = useRef<HTMLButtonElement>(null);
  useRefocusWhenIdle(submitRef, isSubmitting);

  useEffect(() => {
    for (const [field, message] of Object.entries(initialErrors ?? {}) as [InfoField, string][]) {
      form.setError(field, { type: "server", message });
    }
  }, [form, initialErrors]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      // Checked by roleField's schema, whose output is T.
      await onSubmit(values as T);
    } catch (error) {
      const fields = infoFieldErrors(error);
      for (const [field, message] of Object.entries(fields) as [InfoField, string][]) {
        form.setError(field, { type: "server", message }, { shouldFocus: true });
      }
      if (Object.keys(fields).length === 0) setFailure(error);
    }
  });

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void submit(event)} aria-label="API Key Information">
      {failure ? <Banner title={failureTitle}>{errorMessage(failure)}</Banner> : null}
      <TextField
        label="Description"
        className={styles.descField}
        autoComplete="off"
        error={errors.desc?.message}
        hint={`${descLength} of ${LIMITS.descMax} characters`}
        {...form.register("desc")}
      />
      <RoleChecklistField control={form.control} name="roles" legend={catalog.legend} hint={catalog.hint} roles={catalog.roles} info={catalog.info} />
      <div className={styles.actions}>
        {actions}
        <Button ref={submitRef} type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting && pendingLabel ? pendingLabel : "Next"}
        </Button>
      </div>
    </form>
  );
}
