// The "API Key Information" step of Create API Key and Edit: Description and
// Organization Permissions, checked with the contract's create schema on blur
// (Description) and on Next. A refusal from the server lands next to the
// field it names, or in a banner above the form; what was typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { createOrgApiKeySchema, type CreateOrgApiKey } from "../../../../contract/api-keys.ts";
import { ORG_ROLE_INFO, ORG_ROLES } from "../../../../contract/roles.ts";
import { RoleChecklist } from "../../../components/role-checklist.tsx";
import { Banner } from "../../../components/ui/banner.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { ApiError, errorMessage } from "../../../lib/api-error.ts";
import styles from "./key-wizard.module.css";

export type InfoField = keyof CreateOrgApiKey;
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
  if (error.errorCode === "MISSING_API_KEY_ROLES" || error.errorCode === "INVALID_ROLE_FOR_ORG") return { roles: error.detail };
  return {};
}

export interface ApiKeyInfoFormProps {
  defaultValues: CreateOrgApiKey;
  /** Sends or keeps the values; a thrown error is shown by the form. */
  onSubmit: (values: CreateOrgApiKey) => Promise<void>;
  /** Banner title when onSubmit fails for another reason than a field. */
  failureTitle: string;
  /** Shown on the primary button while onSubmit runs. */
  pendingLabel?: string;
  /** Errors found by a later step (Edit's Save), shown when the user comes back. */
  initialErrors?: InfoErrors;
  /** The secondary actions (Cancel). */
  actions: ReactNode;
}

export function ApiKeyInfoForm({ defaultValues, onSubmit, failureTitle, pendingLabel, initialErrors, actions }: ApiKeyInfoFormProps) {
  const form = useForm<CreateOrgApiKey>({
    resolver: zodResolver(createOrgApiKeySchema),
    // Description is checked when it loses focus; the roles, a group of
    // checkboxes that blurs between its own boxes, on Next and then on change.
    mode: "onBlur",
    reValidateMode: "onChange",
    defaultValues,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    for (const [field, message] of Object.entries(initialErrors ?? {}) as [InfoField, string][]) {
      form.setError(field, { type: "server", message });
    }
  }, [form, initialErrors]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
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
        {...form.register("desc")}
      />
      <Controller
        control={form.control}
        name="roles"
        render={({ field, fieldState }) => (
          <RoleChecklist
            legend="Organization Permissions"
            hint="Select the role or roles the key has in this organization."
            roles={ORG_ROLES}
            info={ORG_ROLE_INFO}
            value={field.value}
            onChange={field.onChange}
            firstRef={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className={styles.actions}>
        {actions}
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting && pendingLabel ? pendingLabel : "Next"}
        </Button>
      </div>
    </form>
  );
}
