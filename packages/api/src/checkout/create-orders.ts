import type { PaymentMethod, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { formatOrderNumber } from "../order/order-number";
import type { PricedCart } from "../pricing/price-lines";
import type { PlacedOrder, ShippingSnapshot } from "./checkout.schema";
import type { LockedMedicine } from "./reserve-stock";

export type SellerContact = { id: string; email: string; storeName: string };

export async function loadSellers(tx: Tx, sellerIds: string[]): Promise<Map<string, SellerContact>> {
  const rows = await tx.user.findMany({
    where: { id: { in: sellerIds } },
    select: { id: true, email: true, name: true, sellerProfile: { select: { storeName: true } } },
  });
  return new Map(rows.map((u) => [u.id, { id: u.id, email: u.email, storeName: u.sellerProfile?.storeName ?? u.name }]));
}

export interface CreateOrdersArgs {
  actor: Actor;
  checkoutId: string;
  priced: PricedCart;
  medicines: Map<string, LockedMedicine>;
  sellers: Map<string, SellerContact>;
  shipping: ShippingSnapshot;
  paymentMethod: PaymentMethod;
}

/**
 * One order per seller (grouped by checkoutId), each with its items (name, strength, unit price
 * and discount snapshotted), its first status event (null -> PLACED), the stock ledger rows of its
 * lines (reason ORDER) and an audit row.
 */
export async function createSellerOrders(tx: Tx, args: CreateOrdersArgs): Promise<PlacedOrder[]> {
  const { actor, checkoutId, priced, medicines, sellers, shipping } = args;
  const orders: PlacedOrder[] = [];
  for (const group of priced.sellers) {
    const items = group.lines.map((line) => {
      const medicine = medicines.get(line.medicineId)!;
      return {
        medicineId: line.medicineId,
        name: medicine.name,
        strength: medicine.strength,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        discountCents: line.discountCents,
        lineTotalCents: line.lineTotalCents,
      };
    });
    const order = await tx.order.create({
      data: {
        checkoutId,
        customerId: actor.userId,
        sellerId: group.sellerId,
        status: "PLACED",
        paymentMethod: args.paymentMethod,
        subtotalCents: group.subtotalCents,
        discountCents: group.discountCents,
        shippingCents: group.shippingCents,
        totalCents: group.totalCents,
        currency: priced.currency,
        shippingName: shipping.name,
        shippingLine1: shipping.line1,
        shippingLine2: shipping.line2,
        shippingCity: shipping.city,
        shippingRegion: shipping.region,
        shippingPostal: shipping.postalCode,
        shippingCountry: shipping.country,
        phone: shipping.phone,
        items: { createMany: { data: items } },
        statusEvents: { create: { fromStatus: null, toStatus: "PLACED", actorId: actor.userId } },
      },
      select: { id: true, number: true },
    });
    await tx.stockMovement.createMany({
      data: items.map((item) => ({
        medicineId: item.medicineId,
        delta: -item.quantity,
        reason: "ORDER" as const,
        orderId: order.id,
        actorId: actor.userId,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "order.placed",
      entityType: "Order",
      entityId: order.id,
      after: {
        number: order.number,
        checkoutId,
        status: "PLACED",
        totalCents: group.totalCents,
        items: items.map((i) => ({ medicineId: i.medicineId, quantity: i.quantity, unitPriceCents: i.unitPriceCents })),
      },
    });
    const seller = sellers.get(group.sellerId);
    orders.push({
      id: order.id,
      number: order.number,
      orderNumber: formatOrderNumber(order.number),
      seller: { id: group.sellerId, storeName: seller?.storeName ?? "" },
      status: "PLACED",
      subtotalCents: group.subtotalCents,
      discountCents: group.discountCents,
      shippingCents: group.shippingCents,
      totalCents: group.totalCents,
      items,
    });
  }
  return orders;
}
