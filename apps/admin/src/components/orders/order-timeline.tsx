import type { OrderStatus } from "@healio/db";
import { DateTime } from "@healio/ui";
import { orderStatusLabel } from "./order-status";

export type TimelineEntry = {
  from: OrderStatus | null;
  to: OrderStatus;
  at: Date;
  note: string | null;
  by: "customer" | "seller" | "admin" | "system";
};

const BY: Record<TimelineEntry["by"], string> = {
  customer: "by the customer",
  seller: "by the pharmacy",
  admin: "by an administrator",
  system: "",
};

/** The order's status history, oldest first. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="order-timeline" aria-label="Status history">
      {entries.map((e, i) => (
        <li key={`${e.to}-${i}`} className="order-timeline__entry" data-status={e.to}>
          <span className="order-timeline__dot" aria-hidden="true" />
          <div>
            <p className="order-timeline__status">
              {orderStatusLabel(e.to)}
              {BY[e.by] ? <span className="hl-muted hl-small"> {BY[e.by]}</span> : null}
            </p>
            <p className="hl-small hl-muted order-timeline__time">
              <DateTime value={e.at} withTime />
            </p>
            {e.note ? <p className="hl-small order-timeline__note">Note: {e.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
