import { formatMoney } from "@healio/ui";

const count = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", timeZone: "UTC" });

export { formatMoney };
export const formatCount = (n: number) => count.format(n);
export const formatRate = (r: number | null) => (r === null ? "—" : percent.format(r));
/** Axis ticks: "$1.2K". */
export const formatMoneyCompact = (cents: number) => compactMoney.format(cents / 100);

/** A local calendar day "2026-03-10" (already in the store's zone) as "Mar 10, 2026". */
export function formatDay(isoDate: string): string {
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
export function formatShortDay(isoDate: string): string {
  return shortDayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Exact dollars for CSV from integer cents, without floating point: 123456 -> "1234.56". */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export type Change =
  | { kind: "none" }
  | { kind: "new" }
  | { kind: "same" }
  | { kind: "up" | "down"; text: string };

/** Relative change of a count or amount against the previous period. */
export function relativeChange(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { kind: "none" };
  if (current === previous) return { kind: "same" };
  if (previous === 0) return current > 0 ? { kind: "new" } : { kind: "none" };
  const ratio = (current - previous) / previous;
  return { kind: ratio > 0 ? "up" : "down", text: percent.format(Math.abs(ratio)) };
}

/** Change of a rate in percentage points. */
export function pointChange(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { kind: "none" };
  const diff = (current - previous) * 100;
  if (Math.abs(diff) < 0.05) return { kind: "same" };
  return { kind: diff > 0 ? "up" : "down", text: `${Math.abs(diff).toFixed(1)} pts` };
}
