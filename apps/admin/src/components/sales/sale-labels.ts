import type { BadgeTone } from "@healio/ui";
import { formatMoney } from "@healio/ui";

export type SalePhase = "upcoming" | "live" | "ended" | "cancelled";

/** The console's tabs of events, in this order (a server page reads them: not in a client module). */
export const SALE_TABS = [
  { phase: "live", label: "Live" },
  { phase: "upcoming", label: "Upcoming" },
  { phase: "ended", label: "Ended" },
  { phase: "cancelled", label: "Cancelled" },
] as const;
export type SaleTab = (typeof SALE_TABS)[number]["phase"];

export const PHASE_LABEL: Record<SalePhase, { label: string; tone: BadgeTone }> = {
  upcoming: { label: "Upcoming", tone: "info" },
  live: { label: "Live", tone: "success" },
  ended: { label: "Ended", tone: "neutral" },
  cancelled: { label: "Cancelled", tone: "danger" },
};

export const ITEM_STATUS_LABEL: Record<"PROPOSED" | "APPROVED" | "DECLINED", { label: string; tone: BadgeTone }> = {
  PROPOSED: { label: "Waiting for approval", tone: "warning" },
  APPROVED: { label: "Approved", tone: "success" },
  DECLINED: { label: "Declined", tone: "danger" },
};

/** "$8.00 (20% off)" or "$8.00 fixed": how an item prices, at today's list price. */
export function priceRuleText(item: { salePriceCents: number | null; percentOff: number | null; eventPriceCents: number }): string {
  return item.percentOff !== null ? `${formatMoney(item.eventPriceCents)} (${item.percentOff}% off)` : `${formatMoney(item.eventPriceCents)} fixed`;
}

/** "3 / 10" units sold of the cap, or "3 (no cap)". */
export function capText(item: { soldUnits: number; capUnits: number | null }): string {
  return item.capUnits === null ? `${item.soldUnits} (no cap)` : `${item.soldUnits} / ${item.capUnits}`;
}
