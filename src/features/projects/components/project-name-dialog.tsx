// Create Project and Rename Project: one name field, checked on blur and on
// submit with the contract's rule; the server's refusal (a taken name, a bad
// one) shows under the field, and what was typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { groupNameSchema } from "../../../../contract/groups.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { TextField } from "../../../components/ui/text-field.tsx";
import { errorMessage } from "../../../lib/api-error.ts";

const formSchema = z.object({ name: groupNameSchema });
type ProjectNameForm = z.infer<typeof formSchema>;

export interface ProjectNameDialogProps {
  title: string;
  submitLabel: string;
  initialName?: string;
  /** Resolves when saved; a rejection is shown on the field. */
  onSubmit: (name: string) => Promise<unknown>;
  onClose: () => void;
}

export function ProjectNameDialog({ title, submitLabel, initialName = "", onSubmit, onClose }: ProjectNameDialogProps) {
  const formId = useId();
  // onTouched: checked on the first blur, then as the name changes, so a fixed
  // name clears its message while typing; with onBlur alone the message would
  // go on the click's blur, the centred dialog would shrink under the pointer
  // and the click would miss Create Project.
  const form = useForm<ProjectNameForm>({ resolver: zodResolver(formSchema), defaultValues: { name: initialName }, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ name }) => {
    try {
      await onSubmit(name);
    } catch (error) {
      form.setError("name", { type: "server", message: errorMessage(error) }, { shouldFocus: true });
    }
  });

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
        <TextField label="Project name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      </form>
    </Dialog>
  );
}
