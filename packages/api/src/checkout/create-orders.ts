import { randomUUID } from "node:crypto";
import type { PaymentMethod, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { sellableBatchSql } from "../catalog/sellable";
import { formatOrderNumber } from "../order/order-number";
import type { PricedCart } from "../pricing/price-lines";
import type { PlacedOrder, PlacedOrderItem, ShippingSnapshot } from "./checkout.schema";
import type { AttachedPrescription } from "../prescription/attach-prescription";
import type { LockedMedicine } from "./reserve-stock";

export type SellerContact = { id: string; email: string; storeName: string };

/** The sellers of a checkout with the contact their new-order mail goes to: one statement. */
export async function loadSellers(tx: Tx, sellerIds: string[]): Promise<Map<string, SellerContact>> {
  const rows = await tx.$queryRaw<SellerContact[]>`
    SELECT u.id, u.email, COALESCE(sp."storeName", u.name) AS "storeName"
    FROM "user" u LEFT JOIN "SellerProfile" sp ON sp."userId" = u.id
    WHERE u.id = ANY(${sellerIds}::text[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

export interface CreateOrdersArgs {
  actor: Actor;
  checkoutId: string;
  priced: PricedCart;
  medicines: Map<string, LockedMedicine>;
  sellers: Map<string, SellerContact>;
  shipping: ShippingSnapshot;
  paymentMethod: PaymentMethod;
  /** The prescription of the checkout's Rx lines (null when there are none). */
  prescription: AttachedPrescription | null;
}

type PlannedOrder = {
  id: string;
  sellerId: string;
  group: PricedCart["sellers"][number];
  items: PlacedOrderItem[];
  status: PlacedOrder["status"];
  prescriptionId: string | null;
};

/**
 * One order per seller (grouped by checkoutId), each with its items (name, strength, list price,
 * discount and the flash sale's price and event snapshotted), its first status event (null -> PLACED,
 * or AWAITING_PRESCRIPTION while a fresh prescription waits for the pharmacist), an audit row
 * carrying the order number, and the units of each line taken from the medicine's sellable batches
 * first-expiry-first-out (ties by id): per batch used one OrderItemBatch row (a cancel returns the
 * units there), one ledger row (reason ORDER, with its batchId) and the batch's decrement.
 *
 * All of it is ONE statement (data-modifying CTEs over unnest()ed arrays), so a checkout costs the
 * same number of round trips whatever the number of sellers, and the SQL text never changes (the
 * driver can keep it prepared). Order ids are chosen here; the numbers come back from RETURNING.
 * Foreign keys between the CTEs hold: PostgreSQL checks them at the end of the statement.
 * The lines carry copies of their order's createdAt/status/sellerId for the revenue analytics;
 * inside one statement the row trigger may not see the new orders yet, so they come from `placed`
 * here (and a statement-level trigger verifies them, see the analytics_audit migration).
 */
export async function createSellerOrders(tx: Tx, args: CreateOrdersArgs): Promise<PlacedOrder[]> {
  const { actor, checkoutId, priced, medicines, shipping } = args;
  const planned: PlannedOrder[] = priced.sellers.map((group) => {
    // An order holding Rx lines goes out with the prescription; a fresh upload waits for review.
    const hasRx = group.lines.some((line) => medicines.get(line.medicineId)!.requiresPrescription);
    const prescriptionId = hasRx && args.prescription ? args.prescription.id : null;
    return {
    id: randomUUID(),
    sellerId: group.sellerId,
    group,
    status: prescriptionId && args.prescription?.awaitingReview ? "AWAITING_PRESCRIPTION" : "PLACED",
    prescriptionId,
    items: group.lines.map((line) => {
      const medicine = medicines.get(line.medicineId)!;
      return {
        medicineId: line.medicineId,
        name: medicine.name,
        strength: medicine.strength,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        discountCents: line.discountCents,
        lineTotalCents: line.lineTotalCents,
        restrictedIngredient: medicine.restrictedIngredient,
        restrictedMgPerPack: medicine.restrictedMgPerPack,
        salePriceCents: line.sale?.salePriceCents ?? null,
        saleEventId: line.sale?.saleEventId ?? null,
      };
    }),
    };
  });
  const saleItemIds = new Map(priced.lines.map((l) => [l.medicineId, l.sale?.saleItemId ?? null]));
  const lines = planned.flatMap((o) => o.items.map((item) => ({ orderId: o.id, ...item, saleItemId: saleItemIds.get(item.medicineId) ?? null })));
  const audits = planned.map((o) =>
    JSON.stringify({
      checkoutId,
      status: o.status,
      prescriptionId: o.prescriptionId,
      totalCents: o.group.totalCents,
      items: o.items.map((i) => ({ medicineId: i.medicineId, quantity: i.quantity, unitPriceCents: i.unitPriceCents })),
    }),
  );

  const rows = await tx.$queryRaw<{ id: string; number: number; allocated: number; batches: number }[]>`
    WITH placed AS (
      INSERT INTO "Order" (id, "checkoutId", "customerId", "sellerId", status, "paymentMethod",
        "subtotalCents", "discountCents", "shippingCents", "totalCents", currency,
        "shippingName", "shippingLine1", "shippingLine2", "shippingCity", "shippingRegion",
        "shippingPostal", "shippingCountry", phone, "prescriptionId", "createdAt", "updatedAt")
      SELECT o.id, ${checkoutId}, ${actor.userId}, o.seller_id, o.status::"OrderStatus", ${args.paymentMethod}::"PaymentMethod",
        o.subtotal, o.discount, o.shipping, o.total, ${priced.currency},
        ${shipping.name}, ${shipping.line1}, ${shipping.line2}, ${shipping.city}, ${shipping.region},
        ${shipping.postalCode}, ${shipping.country}, ${shipping.phone}, o.prescription_id, now(), now()
      FROM unnest(${planned.map((o) => o.id)}::text[], ${planned.map((o) => o.sellerId)}::text[],
        ${planned.map((o) => o.group.subtotalCents)}::int[], ${planned.map((o) => o.group.discountCents)}::int[],
        ${planned.map((o) => o.group.shippingCents)}::int[], ${planned.map((o) => o.group.totalCents)}::int[],
        ${planned.map((o) => o.status)}::text[], ${planned.map((o) => o.prescriptionId)}::text[])
        WITH ORDINALITY AS o (id, seller_id, subtotal, discount, shipping, total, status, prescription_id, ord)
      ORDER BY o.ord
      RETURNING id, number, "createdAt", status, "sellerId"
    ),
    line AS (
      SELECT * FROM unnest(${lines.map((l) => l.orderId)}::text[], ${lines.map((l) => l.medicineId)}::text[],
        ${lines.map((l) => l.name)}::text[], ${lines.map((l) => l.strength)}::text[],
        ${lines.map((l) => l.quantity)}::int[], ${lines.map((l) => l.unitPriceCents)}::int[],
        ${lines.map((l) => l.discountCents)}::int[], ${lines.map((l) => l.lineTotalCents)}::int[],
        ${lines.map((l) => l.restrictedIngredient)}::text[], ${lines.map((l) => l.restrictedMgPerPack)}::int[],
        ${lines.map((l) => l.salePriceCents)}::int[], ${lines.map((l) => l.saleEventId)}::text[], ${lines.map((l) => l.saleItemId)}::text[])
        AS l (order_id, medicine_id, name, strength, quantity, unit_price, discount, line_total, restricted_ingredient, restricted_mg,
          sale_price, sale_event_id, sale_item_id)
    ),
    candidate AS (
      SELECT b.id AS batch_id, b."medicineId" AS medicine_id, b.quantity AS available, line.quantity AS wanted,
        COALESCE(SUM(b.quantity) OVER (PARTITION BY b."medicineId" ORDER BY b."expiresAt", b.id
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS before
      FROM "Batch" b JOIN line ON line.medicine_id = b."medicineId"
      WHERE ${sellableBatchSql("b")}
    ),
    take AS (
      SELECT c.batch_id, c.medicine_id, LEAST(c.available, c.wanted - c.before)::int AS quantity
      FROM candidate c WHERE c.before < c.wanted
    ),
    taken AS (
      UPDATE "Batch" b SET quantity = b.quantity - t.quantity, "updatedAt" = now()
      FROM take t WHERE b.id = t.batch_id
      RETURNING b.id
    ),
    items AS (
      INSERT INTO "OrderItem" (id, "orderId", "medicineId", name, strength, quantity, "unitPriceCents", "discountCents", "lineTotalCents",
        "restrictedIngredient", "restrictedMgPerPack", "orderCreatedAt", "orderStatus", "orderSellerId",
        "salePriceCents", "saleEventId", "saleItemId")
      SELECT gen_random_uuid()::text, order_id, medicine_id, name, strength, quantity, unit_price, discount, line_total,
        restricted_ingredient, restricted_mg, p."createdAt", p.status, p."sellerId", sale_price, sale_event_id, sale_item_id
      FROM line JOIN placed p ON p.id = line.order_id
      RETURNING id, "medicineId"
    ),
    allocations AS (
      INSERT INTO "OrderItemBatch" ("orderItemId", "batchId", quantity)
      SELECT i.id, t.batch_id, t.quantity FROM items i JOIN take t ON t.medicine_id = i."medicineId"
    ),
    ledger AS (
      INSERT INTO "StockMovement" (id, "medicineId", delta, reason, "orderId", "actorId", "batchId")
      SELECT gen_random_uuid()::text, t.medicine_id, -t.quantity, 'ORDER', line.order_id, ${actor.userId}, t.batch_id
      FROM take t JOIN line ON line.medicine_id = t.medicine_id
    ),
    events AS (
      INSERT INTO "OrderStatusEvent" (id, "orderId", "fromStatus", "toStatus", "actorId")
      SELECT gen_random_uuid()::text, o.id, NULL, o.status::"OrderStatus", ${actor.userId}
      FROM unnest(${planned.map((o) => o.id)}::text[], ${planned.map((o) => o.status)}::text[]) AS o (id, status)
    ),
    audit AS (
      INSERT INTO "AuditLog" (id, "actorId", action, "entityType", "entityId", after)
      SELECT gen_random_uuid()::text, ${actor.userId}, 'order.placed', 'Order', p.id,
        jsonb_build_object('number', p.number) || a.audit::jsonb
      FROM placed p
      JOIN unnest(${planned.map((o) => o.id)}::text[], ${audits}::text[]) AS a (id, audit) ON a.id = p.id
    )
    SELECT id, number, (SELECT COALESCE(SUM(quantity), 0)::int FROM take) AS allocated,
      (SELECT count(*)::int FROM taken) AS batches FROM placed`;
  // The lines' units were checked against the sellable batches under the medicine locks, so FEFO
  // always finds them; anything else is a broken invariant and rolls the checkout back.
  const wanted = lines.reduce((n, l) => n + l.quantity, 0);
  if (rows.length > 0 && Number(rows[0]!.allocated) !== wanted) {
    throw new AppError("CONFLICT", "An item in your order just sold out.", { reason: "out_of_stock" });
  }
  const numbers = new Map(rows.map((r) => [r.id, Number(r.number)]));

  return planned.map((o) => {
    const number = numbers.get(o.id)!;
    return {
      id: o.id,
      number,
      orderNumber: formatOrderNumber(number),
      seller: { id: o.sellerId, storeName: args.sellers.get(o.sellerId)?.storeName ?? "" },
      status: o.status,
      subtotalCents: o.group.subtotalCents,
      discountCents: o.group.discountCents,
      shippingCents: o.group.shippingCents,
      totalCents: o.group.totalCents,
      items: o.items,
    };
  });
}
