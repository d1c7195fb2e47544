import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";

/** True when an order of this customer containing the medicine has been DELIVERED. */
export async function hasDeliveredPurchase(db: DbOrTx, customerId: string, medicineId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ ok: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Order" o JOIN "OrderItem" oi ON oi."orderId" = o.id
      WHERE o."customerId" = ${customerId} AND o.status = 'DELIVERED' AND oi."medicineId" = ${medicineId}
    ) AS ok`;
  return rows[0]?.ok === true;
}

export type ReviewEligibility = {
  /** True when the caller may write a review now (delivered purchase, no review yet). */
  canReview: boolean;
  reason: "eligible" | "not_delivered" | "already_reviewed";
  /** The caller's own review of this medicine, if any (to edit or delete it; hidden state included). */
  ownReview: ReviewView | null;
};

/** Whether the signed-in customer may review the medicine (drives the medicine page's form). */
export async function getReviewEligibility(db: DbOrTx, actor: Actor, input: { medicineId: string }): Promise<ReviewEligibility> {
  const medicine = await db.medicine.findFirst({ where: { id: input.medicineId, status: "ACTIVE" }, select: { id: true } });
  if (!medicine) throw new AppError("NOT_FOUND", "Medicine not found.");
  const own = await db.review.findUnique({
    where: { medicineId_userId: { medicineId: input.medicineId, userId: actor.userId } },
    select: reviewSelect,
  });
  if (own) return { canReview: false, reason: "already_reviewed", ownReview: toReviewView(own, { callerId: actor.userId, voted: false, showHidden: true }) };
  const delivered = await hasDeliveredPurchase(db, actor.userId, input.medicineId);
  return { canReview: delivered, reason: delivered ? "eligible" : "not_delivered", ownReview: null };
}

export type OrderReviewInvite = {
  medicineId: string;
  name: string;
  slug: string;
  /** The customer's review of this medicine (from this or another order), if written. */
  review: { id: string; rating: number } | null;
};

/**
 * The items of one of the caller's DELIVERED orders with the caller's review of each (the order
 * page invites a review of the unreviewed ones). Someone else's order is NOT_FOUND; an order not
 * yet delivered has no invites.
 */
export async function listOrderReviewInvites(db: DbOrTx, actor: Actor, input: { orderId: string }): Promise<OrderReviewInvite[]> {
  const order = await db.order.findFirst({
    where: { id: input.orderId, customerId: actor.userId },
    select: { status: true, items: { select: { medicineId: true, name: true, medicine: { select: { slug: true, status: true } } }, orderBy: { id: "asc" } } },
  });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  if (order.status !== "DELIVERED") return [];
  const ids = [...new Set(order.items.map((i) => i.medicineId))];
  const reviews = await db.review.findMany({
    where: { userId: actor.userId, medicineId: { in: ids } },
    select: { id: true, rating: true, medicineId: true },
  });
  const byMedicine = new Map(reviews.map((r) => [r.medicineId, r]));
  const seen = new Set<string>();
  return order.items
    .filter((i) => i.medicine.status === "ACTIVE" && !seen.has(i.medicineId) && seen.add(i.medicineId))
    .map((i) => {
      const r = byMedicine.get(i.medicineId);
      return { medicineId: i.medicineId, name: i.name, slug: i.medicine.slug, review: r ? { id: r.id, rating: r.rating } : null };
    });
}
