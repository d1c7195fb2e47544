import type { Tx } from "@healio/db";
import { AppError } from "../app-error";

export type RestrictedLine = { name: string; quantity: number; ingredient: string; mgPerPack: number };

type Limit = { ingredient: string; label: string; dailyMg: number; monthlyMg: number };
type Purchase = { at: Date; mg: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const WINDOWS = [
  { name: "day", ms: DAY_MS, limitOf: (l: Limit) => l.dailyMg },
  { name: "30 days", ms: 30 * DAY_MS, limitOf: (l: Limit) => l.monthlyMg },
] as const;

export const formatMg = (mg: number) => (mg >= 1000 ? `${(mg / 1000).toLocaleString("en-US", { maximumFractionDigits: 3 })} g` : `${mg} mg`);

/**
 * When enough earlier purchases have left the window for `requested` to fit: walk them oldest first;
 * each one stops counting `windowMs` after it was made. Null when the order alone is over the limit.
 */
function availableFrom(purchases: Purchase[], used: number, requested: number, limit: number, windowMs: number): Date | null {
  if (requested > limit) return null;
  let stillUsed = used;
  for (const p of purchases) {
    stillUsed -= p.mg;
    if (stillUsed + requested <= limit) return new Date(p.at.getTime() + windowMs);
  }
  return null;
}

/**
 * Per-customer limits of restricted ingredients (e.g. pseudoephedrine: 3.6 g a day, 7.5 g in 30
 * days), over ALL of the customer's orders that are not cancelled, with any product containing the
 * ingredient (order lines snapshot ingredient and mg per pack). Runs in the checkout transaction
 * under a per-customer advisory lock, so concurrent checkouts of one customer are counted one
 * after the other and cannot both slip under the limit. Over the limit: CONFLICT saying how much
 * more may be bought now and from when this order would fit.
 */
export async function enforceRestrictedLimits(tx: Tx, customerId: string, lines: RestrictedLine[], now: Date): Promise<void> {
  if (lines.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`healio:restricted:${customerId}`}, 0))`;

  const requestedBy = new Map<string, number>();
  for (const l of lines) requestedBy.set(l.ingredient, (requestedBy.get(l.ingredient) ?? 0) + l.quantity * l.mgPerPack);
  const limits = await tx.restrictedIngredientLimit.findMany({ where: { ingredient: { in: [...requestedBy.keys()] } } });
  const since = new Date(now.getTime() - WINDOWS[1].ms);

  for (const limit of limits) {
    const requested = requestedBy.get(limit.ingredient) ?? 0;
    const purchases = (
      await tx.$queryRaw<{ at: Date; mg: bigint }[]>`
        SELECT o."createdAt" AS at, SUM(oi.quantity * oi."restrictedMgPerPack")::bigint AS mg
        FROM "OrderItem" oi JOIN "Order" o ON o.id = oi."orderId"
        WHERE o."customerId" = ${customerId} AND o.status <> 'CANCELLED'
          AND oi."restrictedIngredient" = ${limit.ingredient} AND o."createdAt" > ${since}
        GROUP BY o.id, o."createdAt" ORDER BY o."createdAt" ASC, o.id ASC`
    ).map((r) => ({ at: r.at, mg: Number(r.mg) }));

    for (const window of WINDOWS) {
      const cap = window.limitOf(limit);
      const inWindow = purchases.filter((p) => p.at.getTime() > now.getTime() - window.ms);
      const used = inWindow.reduce((sum, p) => sum + p.mg, 0);
      if (used + requested <= cap) continue;
      const remaining = Math.max(0, cap - used);
      const from = availableFrom(inWindow, used, requested, cap, window.ms);
      const rule = `${limit.label} is limited to ${formatMg(limit.dailyMg)} per day and ${formatMg(limit.monthlyMg)} per 30 days per customer.`;
      const now_ = remaining > 0 ? `You can buy ${formatMg(remaining)} more now; this order has ${formatMg(requested)}.` : `You cannot buy more now; this order has ${formatMg(requested)}.`;
      const later = from
        ? ` This order fits again from ${from.toUTCString().replace(/ GMT$/, " UTC")}.`
        : ` This order alone is over the ${window.name} limit: reduce the quantity.`;
      throw new AppError("CONFLICT", `${rule} ${now_}${later}`, {
        reason: "restricted_limit",
        ingredient: limit.ingredient,
        window: window.name,
        limitMg: cap,
        usedMg: used,
        requestedMg: requested,
        remainingMg: remaining,
        availableFrom: from ? from.toISOString() : null,
        medicines: lines.filter((l) => l.ingredient === limit.ingredient).map((l) => l.name),
      });
    }
  }
}
