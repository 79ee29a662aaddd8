// A modal with a URL of its own (details, Invite, Assign): open while its
// route matches; Close, Escape and a click outside leave the route the way
// useCloseModalRoute says (Back when opened from the table).
import { useCloseModalRoute } from "../lib/use-close-modal-route.ts";
import { Dialog, type DialogProps } from "./ui/dialog.tsx";

export function RouteDialog(props: Omit<DialogProps, "open" | "onOpenChange">) {
  const close = useCloseModalRoute();
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) close();
      }}
      {...props}
    />
  );
}
