// Before a Save that adds 0.0.0.0/0 or ::/0 (any block with prefix 0, which
// the server stores as one of those two): a confirmation that the key will
// accept requests from anywhere. `ask` resolves true when there is nothing to
// confirm or the user confirms; render `dialog` in the form's page.
import { useRef, useState, type ReactNode } from "react";
import { parseCidr } from "../../../../contract/ip.ts";
import { ConfirmDialog } from "../../../components/confirm-dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { toRequest, type DraftValues } from "./access-list-draft.ts";

export function openToAnywhere(values: DraftValues): string[] {
  return toRequest(values).flatMap((request) => {
    const block = request.cidrBlock;
    return block !== undefined && parseCidr(block)?.prefix === 0 ? [block] : [];
  });
}

/** `noun`: what the credential is called, "key" (the default) or "account". */
export function useConfirmAnywhere(noun = "key"): { ask: (values: DraftValues) => Promise<boolean>; dialog: ReactNode } {
  const [asking, setAsking] = useState<string[] | null>(null);
  const answer = useRef<(ok: boolean) => void>(() => {});

  function ask(values: DraftValues): Promise<boolean> {
    const blocks = openToAnywhere(values);
    if (blocks.length === 0) return Promise.resolve(true);
    setAsking(blocks);
    return new Promise((resolve) => (answer.current = resolve));
  }

  function close(ok: boolean) {
    setAsking(null);
    answer.current(ok);
  }

  const dialog = asking ? (
    <ConfirmDialog
      title="Accept requests from anywhere?"
      description={`${asking.join(" and ")} matches every address: with it, this ${noun}'s access list no longer limits where the ${noun} can be used from.`}
      onCancel={() => close(false)}
      onClosed={() => {}}
      confirmButton={
        <Button variant="primary" onClick={() => close(true)}>
          Allow from anywhere
        </Button>
      }
    />
  ) : null;
  return { ask, dialog };
}
