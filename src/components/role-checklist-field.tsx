// A form's roles field: the RoleChecklist bound to react-hook-form. Not
// validated on blur: the group blurs between its own boxes, so its error
// shows on submit and then on change.
import { Controller, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import type { RoleInfo } from "../../contract/role-catalog.ts";
import { RoleChecklist } from "./role-checklist.tsx";

export interface RoleChecklistFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  legend: string;
  hint: string;
  roles: readonly string[];
  info: Readonly<Record<string, RoleInfo>>;
}

export function RoleChecklistField<T extends FieldValues>({ control, name, legend, hint, roles, info }: RoleChecklistFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RoleChecklist
          legend={legend}
          hint={hint}
          roles={roles}
          info={info}
          value={field.value as string[]}
          onChange={field.onChange}
          firstRef={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
