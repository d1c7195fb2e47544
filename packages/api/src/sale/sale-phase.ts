/** Where an event stands at instant t (cancellation wins; live is start <= t < end). */
export type SalePhase = "upcoming" | "live" | "ended" | "cancelled";

export function salePhase(event: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, at: Date): SalePhase {
  if (event.cancelledAt) return "cancelled";
  if (at < event.startsAt) return "upcoming";
  if (at < event.endsAt) return "live";
  return "ended";
}
