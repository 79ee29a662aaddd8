// What a project's table shows when no key has a role in the project yet.
import { EmptyState } from "../../../components/empty-state.tsx";
import { ProjectKeyButtons } from "./project-key-buttons.tsx";

export function ProjectEmptyKeys({ canManage, orgKeyCount }: { canManage: boolean; orgKeyCount?: number }) {
  return (
    <EmptyState
      title="No API keys in this project yet"
      text="Create a key for this project, or invite one of the organization's keys and give it project roles."
      actions={canManage ? <ProjectKeyButtons orgKeyCount={orgKeyCount} /> : undefined}
      whoCan="A Project Owner can add one."
    />
  );
}
