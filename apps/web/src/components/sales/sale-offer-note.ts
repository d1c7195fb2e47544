import { formatMoney } from "@healio/ui";
import type { RouterOutputs } from "@/trpc/types";

export type SaleOffer = RouterOutputs["sale"]["bySlug"]["offers"][number];
type Phase = RouterOutputs["sale"]["bySlug"]["phase"];

/**
 * What a card on a sale page says about this event's offer. The card's own price is the one rule's
 * price now (another live sale may be lower); this line tells what THIS event gives and its limits.
 */
export function saleOfferNote(offer: SaleOffer, phase: Phase): string | null {
  const price = formatMoney(offer.eventPriceCents);
  if (phase === "upcoming") return `${price} when the sale starts`;
  if (phase !== "live") return null;
  const parts: string[] = [];
  const soldOut = offer.capUnits !== null && offer.soldUnits >= offer.capUnits;
  if (soldOut) parts.push(`Sold out at ${price}: list price applies`);
  else if (offer.medicine.priceCents > offer.eventPriceCents) parts.push(`Sale price ${price}`);
  else if (offer.capUnits !== null) parts.push(`${offer.capUnits - offer.soldUnits} left at the sale price`);
  if (offer.perCustomerLimit !== null && !soldOut) parts.push(`limit ${offer.perCustomerLimit} per customer`);
  return parts.length ? parts.join(" · ") : null;
}
