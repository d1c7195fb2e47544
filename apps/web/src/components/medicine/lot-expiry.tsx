const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * The expiry a customer can count on: the lot checkout sends first is the soonest-expiring one on
 * sale (FEFO), so every pack ordered now expires on this day or later. The day as printed on the
 * pack (lots are sold until the end of that day, UTC). Nothing when no lot is on sale.
 */
export function LotExpiry({ expiresAt }: { expiresAt: Date | string | null }) {
  if (!expiresAt) return null;
  const date = expiresAt instanceof Date ? expiresAt : new Date(expiresAt);
  return (
    <p className="hl-small medicine-detail__expiry" data-testid="lot-expiry">
      Expiry: <time dateTime={date.toISOString()}>{day.format(date)}</time> or later
      <span className="hl-muted"> · we send the pack that expires soonest first</span>
    </p>
  );
}
