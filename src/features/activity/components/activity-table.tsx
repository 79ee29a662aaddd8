// The feed's rows: when, who, what in plain words (with a link to the key it
// concerns), and from which address. Every cell is labelled, so the cards
// below 640 px say what each line is; the time is the shared relative date,
// its exact time read to screen readers and shown on focus and hover.
import { Link } from "react-router";
import type { AtlasEvent } from "../../../../contract/events.ts";
import { Table } from "../../../components/ui/table.tsx";
import { RelativeDate } from "../../../components/table/date-text.tsx";
import tableStyles from "../../../components/table/keys-table.module.css";
import { actorOf, describeEvent } from "../lib/event-words.ts";

export interface ActivityTableProps {
  events: AtlasEvent[];
  feed: "org" | "project";
  /** The org's project names by id (the org feed), to name projects instead of showing ids. */
  projectNames?: ReadonlyMap<string, string>;
  busy: boolean;
  /** Where a key's details open. */
  keyPath: (keyId: string) => string;
  /** The keys that still exist here: only those get a link (none until they load). */
  existingKeys: ReadonlySet<string> | undefined;
}

export function ActivityTable({ events, feed, projectNames, busy, keyPath, existingKeys }: ActivityTableProps) {
  return (
    <Table caption="Activity feed" columns={["Time", "Actor", "Action", "Address"]} busy={busy}>
      {events.map((e) => (
        <tr key={e.id} data-event-type={e.eventTypeName}>
          <td className={tableStyles.date} data-label="Time">
            <RelativeDate iso={e.created} fallback="—" tip="after" />
          </td>
          <td data-label="Actor">{actorOf(e)}</td>
          <td data-label="Action">
            {describeEvent(e, feed, projectNames)}
            {e.targetApiKeyId && existingKeys?.has(e.targetApiKeyId) ? (
              <>
                {" "}
                <Link to={keyPath(e.targetApiKeyId)} aria-label={`Open API key ${e.targetPublicKey ?? ""}`}>
                  (open key)
                </Link>
              </>
            ) : null}
          </td>
          <td data-label="Address">{e.remoteAddress ?? "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
