import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { sellableMedicineIds } from "../catalog/sellable";
import { runTransaction } from "../checkout/run-transaction";
import { countCartLines, hasCartLine, MAX_CART_LINES, upsertCartLine } from "./cart-lines";
import type { CartReorderInput, CartView } from "./cart.schema";
import { getCart } from "./get-cart";

export type ReorderLine = { medicineId: string; name: string; quantity: number };
export type ReorderResult = {
  cart: CartView;
  added: ReorderLine[];
  /** Lines not added: no longer sellable (archived, seller suspended, ...) or the cart is full. */
  skipped: (ReorderLine & { reason: "unavailable" | "cart_full" })[];
};

/**
 * Adds the lines of one of the caller's own orders to their cart (quantities add up, capped at 99
 * like any add). Only what the ONE sellable predicate allows goes in; the rest is reported so the
 * customer sees what is no longer sold. Prices are not copied: the cart prices today's lines.
 * Someone else's order is NOT_FOUND, like every ownership check.
 */
export async function reorder(db: Db, actor: Actor, input: CartReorderInput): Promise<ReorderResult> {
  const order = await db.order.findFirst({
    where: { id: input.orderId, customerId: actor.userId },
    select: { items: { select: { medicineId: true, name: true, quantity: true }, orderBy: { id: "asc" } } },
  });
  if (!order) throw new AppError("NOT_FOUND", "No such order.");
  const sellable = await sellableMedicineIds(db, order.items.map((i) => i.medicineId));
  const added: ReorderLine[] = [];
  const skipped: ReorderResult["skipped"] = [];
  await runTransaction(db, async (tx) => {
    added.length = 0;
    skipped.length = 0;
    let lines = await countCartLines(tx, actor.userId);
    for (const item of order.items) {
      const line = { medicineId: item.medicineId, name: item.name, quantity: item.quantity };
      if (!sellable.has(item.medicineId)) {
        skipped.push({ ...line, reason: "unavailable" });
        continue;
      }
      const existing = await hasCartLine(tx, actor.userId, item.medicineId);
      if (!existing && lines >= MAX_CART_LINES) {
        skipped.push({ ...line, reason: "cart_full" });
        continue;
      }
      await upsertCartLine(tx, actor.userId, item.medicineId, item.quantity, "add");
      if (!existing) lines += 1;
      added.push(line);
    }
  });
  return { cart: await getCart(db, actor), added, skipped };
}
