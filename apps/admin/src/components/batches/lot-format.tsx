import { Badge } from "@healio/ui";

const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const DAY_MS = 86_400_000;

/**
 * A lot's expiry as printed on the pack: the day (a lot entered as "expires 30 Jun 2027" is sold
 * until the end of that day, UTC), with how far away it is.
 */
export function ExpiryDate({ value, now = Date.now() }: { value: Date | string; now?: number }) {
  const date = value instanceof Date ? value : new Date(value);
  const days = Math.ceil((date.getTime() - now) / DAY_MS);
  const hint = days < 0 ? "expired" : days === 0 ? "expires today" : days === 1 ? "in 1 day" : `in ${days} days`;
  return (
    <span>
      <time dateTime={date.toISOString()} title={date.toISOString()}>
        {day.format(date)}
      </time>{" "}
      <span className="hl-muted hl-small">({hint})</span>
    </span>
  );
}

export type LotState = "AVAILABLE" | "QUARANTINED" | "RECALLED" | "EXPIRED";

/** What a lot's state means for sales, in words a pharmacist uses. */
export function LotStateBadge({ state, sellable }: { state: LotState; sellable: boolean }) {
  if (state === "RECALLED") return <Badge tone="danger">Recalled</Badge>;
  if (state === "EXPIRED") return <Badge tone="warning">Expired</Badge>;
  if (state === "QUARANTINED") return <Badge tone="warning">Quarantined</Badge>;
  return sellable ? <Badge tone="success">On sale</Badge> : <Badge>Not sellable</Badge>;
}
