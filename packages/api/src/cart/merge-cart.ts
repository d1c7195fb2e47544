import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { sellableMedicineIds } from "../catalog/sellable";
import { MAX_LINE_QUANTITY } from "../pricing/price-lines";
import { MAX_CART_LINES, upsertCartLine } from "./cart-lines";
import type { CartMergeInput, CartMergeResult } from "./cart.schema";
import { getCart } from "./get-cart";

/**
 * Merges a visitor's local cart into the server cart on sign-in: quantities of the same medicine
 * are summed and capped at 99; unknown or archived medicines are reported in `skipped`, never
 * thrown, so a stale local cart cannot block sign-in. Lines beyond the cart's capacity are skipped
 * too. One transaction. The client should clear its local cart after a successful merge (merging
 * the same lines twice adds them twice, like adding them twice would).
 */
export async function mergeCart(db: Db, actor: Actor, input: CartMergeInput): Promise<CartMergeResult> {
  const wanted = new Map<string, number>();
  for (const line of input.lines) {
    wanted.set(line.medicineId, Math.min((wanted.get(line.medicineId) ?? 0) + line.quantity, MAX_LINE_QUANTITY));
  }

  const skipped = await db.$transaction(async (tx) => {
    const ids = [...wanted.keys()];
    // Sequential: a transaction is one connection, which runs one query at a time anyway.
    const medicines = await tx.medicine.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const sellable = await sellableMedicineIds(tx, ids);
    const existing = await tx.cartItem.findMany({ where: { userId: actor.userId }, select: { medicineId: true } });
    const known = new Set(medicines.map((m) => m.id));
    const inCart = new Set(existing.map((l) => l.medicineId));
    const out: CartMergeResult["skipped"] = [];
    for (const [medicineId, quantity] of wanted) {
      if (!known.has(medicineId)) out.push({ medicineId, reason: "not_found" });
      else if (!sellable.has(medicineId)) out.push({ medicineId, reason: "inactive" });
      else if (!inCart.has(medicineId) && inCart.size >= MAX_CART_LINES) out.push({ medicineId, reason: "cart_full" });
      else {
        await upsertCartLine(tx, actor.userId, medicineId, quantity, "add");
        inCart.add(medicineId);
      }
    }
    return out;
  });

  return { cart: await getCart(db, actor), skipped };
}
