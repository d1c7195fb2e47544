import Link from "next/link";
import { EmptyState } from "@healio/ui";
import type { RouterOutputs } from "@/trpc/types";
import { AuditDiff } from "./audit-diff";

type Entry = RouterOutputs["auditLog"]["list"]["items"][number];

/** Where an audited entity can be looked at in the console, if anywhere. */
function entityHref(type: string, id: string): string | null {
  if (type === "Order") return `/orders/${encodeURIComponent(id)}`;
  if (type === "Medicine") return `/medicines/${encodeURIComponent(id)}`;
  if (type === "User") return `/people/${encodeURIComponent(id)}`;
  return null;
}

/** Times in the store's time zone, the zone the date filters use. */
export function AuditTable({ entries, filtered, timeZone }: { entries: Entry[]; filtered: boolean; timeZone: string }) {
  const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone });
  if (entries.length === 0) {
    return (
      <EmptyState
        title={filtered ? "No audit entries match these filters" : "No audit entries yet"}
        description={filtered ? "Widen the date range or clear a filter." : "Changes to prices, stock, statuses and roles appear here."}
      />
    );
  }
  return (
    <div className="hl-card hl-table-wrap">
      <table className="console-table audit-table">
        <caption className="hl-visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When ({timeZone})</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Before / after</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const href = entityHref(e.entityType, e.entityId);
            return (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.createdAt.toISOString()}>{when.format(e.createdAt)}</time>
                </td>
                <td>
                  {e.actor ? (
                    <>
                      <Link href={`/people/${encodeURIComponent(e.actor.id)}`}>{e.actor.name}</Link>
                      <div className="hl-small hl-muted">{e.actor.role.toLowerCase()}</div>
                    </>
                  ) : (
                    <span className="hl-muted">System or deleted user</span>
                  )}
                </td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  <div>{e.entityType}</div>
                  {href ? (
                    <Link href={href}>
                      <code>{e.entityId}</code>
                    </Link>
                  ) : (
                    <code>{e.entityId}</code>
                  )}
                </td>
                <td>
                  <AuditDiff changes={e.changes} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
