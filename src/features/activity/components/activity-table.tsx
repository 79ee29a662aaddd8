// The feed's rows: when, who, what in plain words (with a link to the key it
// concerns), and from which address.
import { Link } from "react-router";
import type { AtlasEvent } from "../../../../contract/events.ts";
import { Table } from "../../../components/ui/table.tsx";
import { formatExact, formatRelative } from "../../../lib/format-date.ts";
import { actorOf, describeEvent } from "../lib/event-words.ts";

export interface ActivityTableProps {
  events: AtlasEvent[];
  feed: "org" | "project";
  busy: boolean;
  /** Where a key's details open, or undefined when this feed links to none. */
  keyPath: (keyId: string) => string;
}

export function ActivityTable({ events, feed, busy, keyPath }: ActivityTableProps) {
  return (
    <Table caption="Activity feed" columns={["Time", "Actor", "Action", "Address"]} busy={busy}>
      {events.map((e) => (
        <tr key={e.id} data-event-type={e.eventTypeName}>
          <td>
            <time dateTime={e.created} title={formatExact(e.created)}>
              {formatRelative(e.created)}
            </time>
          </td>
          <td>{actorOf(e)}</td>
          <td>
            {describeEvent(e, feed)}
            {e.targetApiKeyId && e.eventTypeName !== "API_KEY_DELETED" ? (
              <>
                {" "}
                <Link to={keyPath(e.targetApiKeyId)} aria-label={`Open API key ${e.targetPublicKey ?? ""}`}>
                  (open key)
                </Link>
              </>
            ) : null}
          </td>
          <td>{e.remoteAddress ?? "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
