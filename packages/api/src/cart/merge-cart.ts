import { createHash } from "node:crypto";
import type { Db, Prisma, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { sellableMedicineIds } from "../catalog/sellable";
import { claimIdempotencyKey } from "../checkout/idempotency";
import { MAX_CART_LINES, sumLines, upsertCartLine } from "./cart-lines";
import type { CartMergeInput, CartMergeResult } from "./cart.schema";
import { getCart } from "./get-cart";

type Skipped = CartMergeResult["skipped"];

/** Merge keys share the idempotency table (and its purge) with checkout, in their own namespace. */
const keyOf = (mergeKey: string) => `cart-merge:${mergeKey}`;

function hashOf(wanted: Map<string, number>): string {
  const body = [...wanted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(body)).digest("hex");
}

async function applyMerge(tx: Tx, userId: string, wanted: Map<string, number>): Promise<Skipped> {
  const ids = [...wanted.keys()];
  // Sequential: a transaction is one connection, which runs one query at a time anyway.
  const medicines = await tx.medicine.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const sellable = await sellableMedicineIds(tx, ids);
  const existing = await tx.cartItem.findMany({ where: { userId }, select: { medicineId: true } });
  const known = new Set(medicines.map((m) => m.id));
  const inCart = new Set(existing.map((l) => l.medicineId));
  const skipped: Skipped = [];
  for (const [medicineId, quantity] of wanted) {
    if (!known.has(medicineId)) skipped.push({ medicineId, reason: "not_found" });
    else if (!sellable.has(medicineId)) skipped.push({ medicineId, reason: "inactive" });
    else if (!inCart.has(medicineId) && inCart.size >= MAX_CART_LINES) skipped.push({ medicineId, reason: "cart_full" });
    else {
      await upsertCartLine(tx, userId, medicineId, quantity, "add");
      inCart.add(medicineId);
    }
  }
  return skipped;
}

/**
 * Merges a visitor's local cart into the server cart on sign-in: quantities of the same medicine
 * are summed and capped at 99; unknown or archived medicines are reported in `skipped`, never
 * thrown, so a stale local cart cannot block sign-in. Lines beyond the cart's capacity are skipped
 * too. One transaction, idempotent per `mergeKey`: the key is claimed as the first write, so a
 * concurrent or later replay waits for the first merge and then answers with its outcome instead
 * of adding the lines again. The same key with different lines is a CONFLICT.
 */
export async function mergeCart(db: Db, actor: Actor, input: CartMergeInput): Promise<CartMergeResult> {
  const wanted = sumLines(input.lines);
  const key = keyOf(input.mergeKey);
  const hash = hashOf(wanted);

  const skipped = await db.$transaction(async (tx) => {
    if (await claimIdempotencyKey(tx, actor.userId, key, hash)) {
      const outcome = await applyMerge(tx, actor.userId, wanted);
      await tx.idempotencyKey.update({
        where: { userId_key: { userId: actor.userId, key } },
        data: { response: { skipped: outcome } as Prisma.InputJsonValue },
      });
      return outcome;
    }
    const stored = await tx.idempotencyKey.findUniqueOrThrow({
      where: { userId_key: { userId: actor.userId, key } },
      select: { requestHash: true, response: true },
    });
    if (stored.requestHash !== hash) {
      throw new AppError("CONFLICT", "This cart was already merged with different contents.", { reason: "merge_key_reused" });
    }
    return (stored.response as { skipped: Skipped }).skipped;
  });

  return { cart: await getCart(db, actor), skipped };
}
