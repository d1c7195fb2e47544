import { randomUUID } from "node:crypto";
import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { attachPrescription } from "../prescription/attach-prescription";
import { priceLines } from "../pricing/price-lines";
import { enforceRestrictedLimits } from "../restricted/enforce-restricted-limits";
import { assertVerifiedEmail } from "./assert-verified-email";
import { announceCatalogueChange } from "../cache/announce-catalogue-change";
import { enqueueCheckoutMail } from "./checkout-mail";
import type { PlaceOrderParams, PlaceOrderResult } from "./checkout.schema";
import { createSellerOrders, loadSellers } from "./create-orders";
import { claimIdempotencyKey, findReplay, requestHash, storeResponse } from "./idempotency";
import { getPaymentProvider } from "./payment-methods";
import { lostSaleMessage, recordSaleUnits, reserveSalePrices } from "./reserve-sale";
import { assertPurchasable, decrementStock, lockMedicines } from "./reserve-stock";
import { resolveLines, resolveShipping } from "./resolve-checkout";
import { runTransaction, type RunTransactionOptions } from "./run-transaction";

/**
 * Checkout. Everything happens in ONE transaction (retried on serialization failure / deadlock);
 * any error rolls back stock, orders, ledger, mail and the idempotency record together:
 *
 *  1. claim the idempotency key (a committed duplicate -> replay its stored response)
 *  2. lines (request or server cart) and shipping address (saved or inline)
 *  3. lock medicine rows in id order, check ACTIVE + stock; Rx lines need a prescription (a fresh
 *     upload -> AWAITING_PRESCRIPTION; an approved one spends a use); restricted-ingredient limits
 *  4. lock the live flash-sale items (cap, per-customer limit); price on the server (priceLines);
 *     compare with expectedTotalCents
 *  5. payment authorization (cash on delivery: nothing to do)
 *  6. conditional stock decrement, sale units counted; one order per seller + items + status event + ledger + audit
 *  7. outbox mail, clear the bought cart lines, store the response under the key
 * After the commit, the catalogue change is announced to every process (NOTIFY, coalesced).
 */
export async function placeOrder(
  db: Db,
  actor: Actor,
  input: PlaceOrderParams,
  options: { transaction?: RunTransactionOptions } = {},
): Promise<PlaceOrderResult> {
  const hash = requestHash(input);
  // No look-up before the transaction: the claim below finds a committed duplicate anyway, and a
  // fresh checkout (the common case) saves that round trip.
  const placed = await runTransaction(
    db,
    async (tx) => {
      if (!(await claimIdempotencyKey(tx, actor.userId, input.idempotencyKey, hash))) {
        const replay = await findReplay(tx, actor.userId, input.idempotencyKey, hash);
        if (replay) return replay;
        throw new AppError("CONFLICT", "This order is still being processed.", { reason: "in_progress" });
      }
      await assertVerifiedEmail(tx, actor);
      const now = new Date();
      const lines = await resolveLines(tx, actor, input);
      const { shipping, savedAddressId } = await resolveShipping(tx, actor, input);

      const medicines = await lockMedicines(tx, lines.map((l) => l.medicineId));
      assertPurchasable(lines, medicines);
      const bought = lines.map((l) => ({ ...medicines.get(l.medicineId)!, quantity: l.quantity }));
      const prescription = await attachPrescription(
        tx,
        actor,
        input.prescriptionId,
        bought.filter((m) => m.requiresPrescription),
        now,
      );
      await enforceRestrictedLimits(
        tx,
        actor.userId,
        bought.flatMap((m) =>
          m.restrictedIngredient && m.restrictedMgPerPack
            ? [{ name: m.name, quantity: m.quantity, ingredient: m.restrictedIngredient, mgPerPack: m.restrictedMgPerPack }]
            : [],
        ),
        now,
      );
      const { applied, lost } = await reserveSalePrices(tx, actor, lines, now);
      const priced = priceLines(lines, [...medicines.values()].map((m) => ({ ...m, sale: applied.get(m.id) ?? null })), now);
      // A sale price the customer saw but cannot get (cap or per-customer limit): only with the
      // new total confirmed through expectedTotalCents.
      const firstLost = lost[0];
      if (firstLost && input.expectedTotalCents !== priced.totalCents) {
        throw new AppError("CONFLICT", lostSaleMessage(firstLost, medicines.get(firstLost.medicineId)?.name ?? "This item"), {
          reason: firstLost.reason,
          lostSales: lost,
          expectedTotalCents: input.expectedTotalCents ?? null,
          totalCents: priced.totalCents,
          subtotalCents: priced.subtotalCents,
          discountCents: priced.discountCents,
          shippingCents: priced.shippingCents,
        });
      }
      if (input.expectedTotalCents !== undefined && input.expectedTotalCents !== priced.totalCents) {
        throw new AppError("CONFLICT", "Prices have changed since you last saw your cart. Please review the new total.", {
          reason: "price_changed",
          expectedTotalCents: input.expectedTotalCents,
          totalCents: priced.totalCents,
          subtotalCents: priced.subtotalCents,
          discountCents: priced.discountCents,
          shippingCents: priced.shippingCents,
        });
      }

      const checkoutId = randomUUID();
      const payment = await getPaymentProvider(input.paymentMethod).authorize({
        checkoutId,
        customerId: actor.userId,
        totalCents: priced.totalCents,
        currency: priced.currency,
      });

      await decrementStock(tx, lines);
      await recordSaleUnits(tx, priced.lines);
      const sellers = await loadSellers(tx, priced.sellers.map((s) => s.sellerId));
      const orders = await createSellerOrders(tx, {
        actor,
        checkoutId,
        priced,
        medicines,
        sellers,
        shipping,
        paymentMethod: input.paymentMethod,
        prescription,
      });

      const result: PlaceOrderResult = {
        checkoutId,
        placedAt: now.toISOString(),
        currency: priced.currency,
        paymentMethod: input.paymentMethod,
        payment,
        shipping,
        savedAddressId,
        orders,
        subtotalCents: priced.subtotalCents,
        discountCents: priced.discountCents,
        shippingCents: priced.shippingCents,
        totalCents: priced.totalCents,
      };
      await enqueueCheckoutMail(tx, actor, result, sellers);
      await tx.cartItem.deleteMany({ where: { userId: actor.userId, medicineId: { in: lines.map((l) => l.medicineId) } } });
      await storeResponse(tx, actor.userId, input.idempotencyKey, result);
      return result;
    },
    options.transaction,
  );
  // The stock writes were quiet (decrementStock): tell every process's caches before answering.
  await announceCatalogueChange(db);
  return placed;
}
