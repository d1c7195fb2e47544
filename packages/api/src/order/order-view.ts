import type { Actor } from "../actor";
import type { OrderStatus, PaymentMethod, Prisma } from "@healio/db";
import type { ShippingSnapshot } from "../checkout/checkout.schema";
import { prescriptionSelect, toPrescriptionView, type PrescriptionView } from "../prescription/prescription-view";
import { formatOrderNumber } from "./order-number";
import { allowedTransitions, type OrderPerspective } from "./status-machine";

/**
 * What each role may see of an order, via explicit selects. Everyone entitled to an order sees its
 * items, money, status and shipping snapshot (a seller needs name/address/phone to ship). Only an
 * admin sees the customer's account (name + e-mail); nobody but an admin sees a seller's e-mail.
 */
export const orderSelect = {
  id: true,
  number: true,
  checkoutId: true,
  status: true,
  paymentMethod: true,
  currency: true,
  subtotalCents: true,
  discountCents: true,
  shippingCents: true,
  totalCents: true,
  createdAt: true,
  updatedAt: true,
  customerId: true,
  sellerId: true,
  shippingName: true,
  shippingLine1: true,
  shippingLine2: true,
  shippingCity: true,
  shippingRegion: true,
  shippingPostal: true,
  shippingCountry: true,
  phone: true,
  seller: { select: { name: true, sellerProfile: { select: { storeName: true } } } },
  items: {
    select: {
      id: true,
      medicineId: true,
      name: true,
      strength: true,
      quantity: true,
      unitPriceCents: true,
      discountCents: true,
      lineTotalCents: true,
      salePriceCents: true,
      saleEvent: { select: { name: true, slug: true } },
      medicine: { select: { slug: true, imageUrl: true, requiresPrescription: true } },
      // The lots the checkout took the units from (FEFO); a recalled lot flags the order.
      batches: {
        select: { quantity: true, batch: { select: { lotNumber: true, expiresAt: true, recall: { select: { id: true } } } } },
        orderBy: { batch: { expiresAt: "asc" } },
      },
    },
    orderBy: { id: "asc" },
  },
  prescription: { select: prescriptionSelect },
} satisfies Prisma.OrderSelect;

export const adminOrderSelect = {
  ...orderSelect,
  customer: { select: { id: true, name: true, email: true } },
} satisfies Prisma.OrderSelect;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }> & {
  customer?: { id: string; name: string; email: string };
};

export type OrderItemView = {
  id: string;
  medicineId: string;
  /** Current catalogue slug, for a link (the medicine may since have been archived). */
  slug: string;
  imageUrl: string | null;
  name: string;
  strength: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
  /** Prescription-only medicine (as listed now). */
  requiresPrescription: boolean;
  /** Flash-sale unit price charged (unitPriceCents is then the list price) and its event, or null. */
  salePriceCents: number | null;
  saleEvent: { name: string; slug: string } | null;
  /** Which lots the units came from, and whether a lot has been recalled since. */
  lots: { lotNumber: string; expiresAt: Date; quantity: number; recallId: string | null }[];
};

export type OrderView = {
  id: string;
  number: number;
  orderNumber: string;
  checkoutId: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  createdAt: Date;
  updatedAt: Date;
  seller: { id: string; storeName: string };
  /** Admin only; null for customers and sellers. */
  customer: { id: string; name: string; email: string } | null;
  shipping: ShippingSnapshot;
  items: OrderItemView[];
  itemCount: number;
  /** Holds prescription-only medicine: the queue flags it. */
  hasPrescriptionItems: boolean;
  /** The prescription it goes out with; its file is at /api/prescriptions/<id> for the same people. */
  prescription: PrescriptionView | null;
  /** The statuses this caller may move the order to (buttons in the UI). */
  allowedNextStatuses: OrderStatus[];
  /** Recalled lots in this order (the seller's queue flags it; an open order must be held). */
  recalledLots: { lotNumber: string; recallId: string; medicine: string }[];
};

export function perspectiveOf(actor: Actor, order: { customerId: string; sellerId: string }): OrderPerspective | null {
  if (actor.role === "ADMIN") return "admin";
  if (actor.role === "SELLER" && order.sellerId === actor.userId) return "seller";
  if (actor.role === "CUSTOMER" && order.customerId === actor.userId) return "customer";
  return null;
}

export function toOrderView(row: OrderRow, perspective: OrderPerspective): OrderView {
  return {
    id: row.id,
    number: row.number,
    orderNumber: formatOrderNumber(row.number),
    checkoutId: row.checkoutId,
    status: row.status,
    paymentMethod: row.paymentMethod,
    currency: row.currency,
    subtotalCents: row.subtotalCents,
    discountCents: row.discountCents,
    shippingCents: row.shippingCents,
    totalCents: row.totalCents,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    seller: { id: row.sellerId, storeName: row.seller.sellerProfile?.storeName ?? row.seller.name },
    customer: perspective === "admin" && row.customer ? row.customer : null,
    shipping: {
      name: row.shippingName,
      line1: row.shippingLine1,
      line2: row.shippingLine2,
      city: row.shippingCity,
      region: row.shippingRegion,
      postalCode: row.shippingPostal,
      country: row.shippingCountry,
      phone: row.phone,
    },
    items: row.items.map((i) => ({
      id: i.id,
      medicineId: i.medicineId,
      slug: i.medicine.slug,
      imageUrl: i.medicine.imageUrl,
      name: i.name,
      strength: i.strength,
      quantity: i.quantity,
      unitPriceCents: i.unitPriceCents,
      discountCents: i.discountCents,
      lineTotalCents: i.lineTotalCents,
      requiresPrescription: i.medicine.requiresPrescription,
      salePriceCents: i.salePriceCents,
      saleEvent: i.saleEvent,
      lots: i.batches.map((a) => ({
        lotNumber: a.batch.lotNumber,
        expiresAt: a.batch.expiresAt,
        quantity: a.quantity,
        recallId: a.batch.recall?.id ?? null,
      })),
    })),
    recalledLots: row.items.flatMap((i) =>
      i.batches.flatMap((a) =>
        a.batch.recall ? [{ lotNumber: a.batch.lotNumber, recallId: a.batch.recall.id, medicine: `${i.name} ${i.strength}` }] : [],
      ),
    ),
    hasPrescriptionItems: row.items.some((i) => i.medicine.requiresPrescription),
    prescription: row.prescription ? toPrescriptionView(row.prescription, new Date()) : null,
    itemCount: row.items.reduce((n, i) => n + i.quantity, 0),
    allowedNextStatuses: allowedTransitions(row.status, perspective),
  };
}
