import type { OrderStatus } from "@healio/db/enums";
import { DateTime } from "@healio/ui";
import { ORDER_STATUS_LABEL } from "./order-status";

export type TimelineEntry = {
  from: OrderStatus | null;
  to: OrderStatus;
  at: Date;
  note: string | null;
  by: "customer" | "seller" | "admin" | "system";
};

/** Who reads the timeline decides how actors are named ("by you" only makes sense to the customer). */
export type TimelineAudience = "customer" | "staff";

const BY: Record<TimelineAudience, Record<TimelineEntry["by"], string>> = {
  customer: { customer: "by you", seller: "by the pharmacy", admin: "by Healio support", system: "" },
  staff: { customer: "by the customer", seller: "by the pharmacy", admin: "by an administrator", system: "" },
};

/** The order's status history, oldest first, as an ordered list. */
export function OrderTimeline({ entries, audience }: { entries: TimelineEntry[]; audience: TimelineAudience }) {
  const by = BY[audience];
  return (
    <ol className="order-timeline" aria-label="Status history">
      {entries.map((e, i) => (
        <li key={`${e.to}-${i}`} className="order-timeline__entry" data-status={e.to}>
          <span className="order-timeline__dot" aria-hidden="true" />
          <div>
            <p className="order-timeline__status">
              {ORDER_STATUS_LABEL[e.to]}
              {by[e.by] ? <span className="hl-muted hl-small"> {by[e.by]}</span> : null}
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
