import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { sellableMedicineIds } from "../catalog/sellable";
import { countCartLines, hasCartLine, MAX_CART_LINES, upsertCartLine } from "./cart-lines";
import type { CartLineInput, CartView } from "./cart.schema";
import { getCart } from "./get-cart";

async function requireActiveMedicine(db: Db, medicineId: string): Promise<void> {
  const sellable = await sellableMedicineIds(db, [medicineId]);
  if (!sellable.has(medicineId)) {
    throw new AppError("NOT_FOUND", "This medicine is not available.", { medicineId });
  }
}

async function requireRoom(db: Db, userId: string, medicineId: string): Promise<void> {
  if (await hasCartLine(db, userId, medicineId)) return;
  if ((await countCartLines(db, userId)) >= MAX_CART_LINES) {
    throw new AppError("CONFLICT", `Your cart can hold up to ${MAX_CART_LINES} different items.`, {
      reason: "cart_full",
      max: MAX_CART_LINES,
    });
  }
}

/**
 * Adds to the line's quantity (sum capped at 99). Stock is not checked here: the cart shows stock
 * problems, and only the checkout reserves stock.
 */
export async function addToCart(db: Db, actor: Actor, input: CartLineInput): Promise<CartView> {
  await requireActiveMedicine(db, input.medicineId);
  await requireRoom(db, actor.userId, input.medicineId);
  await upsertCartLine(db, actor.userId, input.medicineId, input.quantity, "add");
  return getCart(db, actor);
}

/**
 * Sets the line's quantity. An existing line can always be changed (e.g. lowered to what is in
 * stock); a new line needs a sellable medicine (catalog/sellable.ts).
 */
export async function setCartQuantity(db: Db, actor: Actor, input: CartLineInput): Promise<CartView> {
  const updated = await db.cartItem.updateMany({
    where: { userId: actor.userId, medicineId: input.medicineId },
    data: { quantity: input.quantity },
  });
  if (updated.count === 0) {
    await requireActiveMedicine(db, input.medicineId);
    await requireRoom(db, actor.userId, input.medicineId);
    await upsertCartLine(db, actor.userId, input.medicineId, input.quantity, "set");
  }
  return getCart(db, actor);
}

/** Idempotent: removing a line that is not there is not an error. */
export async function removeFromCart(db: Db, actor: Actor, input: { medicineId: string }): Promise<CartView> {
  await db.cartItem.deleteMany({ where: { userId: actor.userId, medicineId: input.medicineId } });
  return getCart(db, actor);
}

export async function clearCart(db: Db, actor: Actor): Promise<CartView> {
  await db.cartItem.deleteMany({ where: { userId: actor.userId } });
  return getCart(db, actor);
}
