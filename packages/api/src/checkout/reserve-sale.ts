import type { Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import type { CartLineInput } from "../cart/cart.schema";
import { instant, liveSalesFor, type LiveSale } from "../pricing/live-sale-sql";
import type { PricedLine } from "../pricing/price-lines";

export type LostSale = {
  medicineId: string;
  eventName: string;
  salePriceCents: number;
  reason: "sale_cap" | "sale_customer_limit";
  /** Units still available at the sale price to this customer. */
  available: number;
};

/**
 * The flash sales of a checkout, decided under locks (call it AFTER lockMedicines):
 *  1. locks the sale items live at `now` for these medicines (FOR UPDATE, id order) and their
 *     events (FOR SHARE: a cancellation waits for checkouts in flight, then stops the sale at once);
 *  2. reads each medicine's live sale with the ONE pricing rule (a new statement, so it sees every
 *     commit made before the locks were granted: units sold are exact, no read-then-write race);
 *  3. applies a sale to a line only if the whole quantity fits the units left under the cap and
 *     under the customer's limit (units bought at this sale in orders not cancelled).
 * Lines that do not fit are returned as `lost`: they are priced at the list price, and the caller
 * asks the customer to confirm that total.
 */
export async function reserveSalePrices(
  tx: Tx,
  actor: Actor,
  lines: readonly CartLineInput[],
  now: Date,
): Promise<{ applied: Map<string, LiveSale>; lost: LostSale[] }> {
  const ids = [...new Set(lines.map((l) => l.medicineId))].sort();
  const t = instant(now);
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT si.id FROM "SaleItem" si JOIN "SaleEvent" e ON e.id = si."eventId"
    WHERE si."medicineId" = ANY(${ids}::text[]) AND si.status = 'APPROVED'
      AND e."cancelledAt" IS NULL AND e."startsAt" <= ${t} AND ${t} < e."endsAt"
    ORDER BY si.id
    FOR UPDATE OF si FOR SHARE OF e`;
  // No sale live for any line (the common case): nothing more to read.
  if (locked.length === 0) return { applied: new Map(), lost: [] };
  const sales = await liveSalesFor(tx, ids, now);
  const limited = [...sales.values()].filter((s) => s.perCustomerLimit !== null).map((s) => s.saleItemId);
  const bought = new Map<string, number>();
  if (limited.length > 0) {
    const rows = await tx.$queryRaw<{ saleItemId: string; units: number }[]>`
      SELECT oi."saleItemId", sum(oi.quantity)::int AS units
      FROM "OrderItem" oi JOIN "Order" o ON o.id = oi."orderId"
      WHERE o."customerId" = ${actor.userId} AND o.status <> 'CANCELLED' AND oi."saleItemId" = ANY(${limited}::text[])
      GROUP BY oi."saleItemId"`;
    for (const r of rows) bought.set(r.saleItemId, Number(r.units));
  }

  const applied = new Map<string, LiveSale>();
  const lost: LostSale[] = [];
  for (const line of lines) {
    const sale = sales.get(line.medicineId);
    if (!sale) continue;
    const capLeft = sale.capUnits === null ? Infinity : sale.capUnits - sale.soldUnits;
    const limitLeft = sale.perCustomerLimit === null ? Infinity : Math.max(0, sale.perCustomerLimit - (bought.get(sale.saleItemId) ?? 0));
    if (line.quantity <= capLeft && line.quantity <= limitLeft) {
      applied.set(line.medicineId, sale);
      continue;
    }
    lost.push({
      medicineId: line.medicineId,
      eventName: sale.saleEventName,
      salePriceCents: sale.salePriceCents,
      reason: line.quantity > limitLeft ? "sale_customer_limit" : "sale_cap",
      available: Math.min(capLeft, limitLeft),
    });
  }
  return { applied, lost };
}

/**
 * Counts the units sold at a sale price, in the order transaction (the items are locked by
 * reserveSalePrices). The WHERE clause and the CHECK (soldUnits <= capUnits) are the last line of
 * defence: a shortfall rolls the whole checkout back.
 */
export async function recordSaleUnits(tx: Tx, lines: readonly PricedLine[]): Promise<void> {
  const sold = new Map<string, number>();
  for (const l of lines) if (l.sale) sold.set(l.sale.saleItemId, (sold.get(l.sale.saleItemId) ?? 0) + l.quantity);
  if (sold.size === 0) return;
  const updated = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "SaleItem" si SET "soldUnits" = si."soldUnits" + x.units, "updatedAt" = now()
    FROM unnest(${[...sold.keys()]}::text[], ${[...sold.values()]}::int[]) AS x (id, units)
    WHERE si.id = x.id AND (si."capUnits" IS NULL OR si."soldUnits" + x.units <= si."capUnits")
    RETURNING si.id`;
  if (updated.length !== sold.size) {
    throw new AppError("CONFLICT", "The sale price just sold out. Please review your cart.", { reason: "sale_cap" });
  }
}

/** A customer-facing sentence for the first lost sale. */
export function lostSaleMessage(lost: LostSale, name: string): string {
  if (lost.reason === "sale_customer_limit") {
    return lost.available > 0
      ? `The ${lost.eventName} price of ${name} is limited per customer: you can buy ${lost.available} more at that price.`
      : `You have already bought the most ${name} allowed per customer at the ${lost.eventName} price.`;
  }
  return lost.available > 0
    ? `Only ${lost.available} of ${name} are left at the ${lost.eventName} price.`
    : `${name} has sold out at the ${lost.eventName} price.`;
}
