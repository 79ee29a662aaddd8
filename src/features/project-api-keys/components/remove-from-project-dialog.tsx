// "Remove from Project" for keys (the shared dialog): takes the key out of
// this project only, and says what stays: the key, its organization roles,
// its other projects and its access list. One dialog for one key (its row
// menu) and for a selection.
import type { ApiKey } from "../../../../contract/api-keys.ts";
import { RemoveFromProjectDialog as SharedRemoveDialog } from "../../../components/remove-from-project-dialog.tsx";
import styles from "./remove-from-project-dialog.module.css";

export interface RemoveFromProjectDialogProps {
  keys: readonly ApiKey[];
  projectName: string;
  onCancel: () => void;
  onConfirm: (keys: readonly ApiKey[]) => void;
  /** Where focus goes once the dialog is gone; `removed` says which button closed it. */
  onClosed: (removed: boolean) => void;
}

export function RemoveFromProjectDialog({ keys, projectName, onCancel, onConfirm, onClosed }: RemoveFromProjectDialogProps) {
  const [only] = keys;
  return (
    <SharedRemoveDialog
      title={keys.length === 1 && only ? `Remove ${only.publicKey} from ${projectName}?` : `Remove ${keys.length} keys from ${projectName}?`}
      description={
        keys.length === 1 && only ? (
          <>
            <strong>{only.desc}</strong> (<span className={styles.mono}>{only.publicKey}</span>) loses its roles in{" "}
            {projectName} and can no longer call this project&apos;s API.
          </>
        ) : (
          `These keys lose their roles in ${projectName} and can no longer call this project's API.`
        )
      }
      onCancel={onCancel}
      onConfirm={() => onConfirm(keys)}
      onClosed={onClosed}
    >
      {keys.length > 1 ? (
        <ul className={styles.keyList} aria-label="Keys to remove">
          {keys.map((apiKey) => (
            <li key={apiKey.id}>
              <span className={styles.mono}>{apiKey.publicKey}</span> {apiKey.desc}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.keeps}>
        <p>{keys.length === 1 ? "The key stays" : "Each key stays"} in the organization and keeps its other projects:</p>
        <ul>
          <li>its organization roles and any roles it has in other projects are unchanged;</li>
          <li>its access list and private key are unchanged;</li>
          <li>a Project Owner can invite it to this project again later.</li>
        </ul>
      </div>
    </SharedRemoveDialog>
  );
}
