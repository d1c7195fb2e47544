import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { lockMedicineForReviews, recomputeMedicineRating } from "./review-aggregate";
import { hasDeliveredPurchase } from "./review-eligibility";
import type { CreateReviewParams, UpdateReviewParams } from "./review.schema";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";

const REVIEW_NOT_FOUND = "Review not found.";

/**
 * Writes a verified-purchase review: the caller must have a DELIVERED order containing the
 * medicine; one review per customer and medicine (unique index: a concurrent double submit is a
 * CONFLICT, not a second review). The medicine's rating aggregate changes in the same transaction.
 */
export async function createReview(db: Db, actor: Actor, input: CreateReviewParams): Promise<ReviewView> {
  return db.$transaction(async (tx) => {
    const medicine = await lockMedicineForReviews(tx, input.medicineId);
    if (medicine.status !== "ACTIVE") throw new AppError("NOT_FOUND", "Medicine not found.");
    if (!(await hasDeliveredPurchase(tx, actor.userId, input.medicineId))) {
      // The delivered purchase is the object that entitles a review: without one it is "not found"
      // (like someone else's order), never a FORBIDDEN that would say more.
      throw new AppError("NOT_FOUND", "You can review a medicine once an order containing it has been delivered to you.", {
        reason: "not_delivered",
      });
    }
    const existing = await tx.review.findUnique({
      where: { medicineId_userId: { medicineId: input.medicineId, userId: actor.userId } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("CONFLICT", "You have already reviewed this medicine; edit your review instead.", {
        reason: "already_reviewed",
        reviewId: existing.id,
      });
    }
    const row = await tx.review.create({
      data: { medicineId: input.medicineId, userId: actor.userId, rating: input.rating, title: input.title ?? null, body: input.body },
      select: reviewSelect,
    });
    await recomputeMedicineRating(tx, input.medicineId);
    return toReviewView(row, { callerId: actor.userId, voted: false, showHidden: true });
  });
}

/** The caller's own review, locked after its medicine (lock order: medicine, then review). */
async function lockOwnReview(tx: Tx, actor: Actor, reviewId: string) {
  const found = await tx.review.findFirst({ where: { id: reviewId, userId: actor.userId }, select: { medicineId: true } });
  if (!found) throw new AppError("NOT_FOUND", REVIEW_NOT_FOUND);
  await lockMedicineForReviews(tx, found.medicineId);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Review" WHERE id = ${reviewId} AND "userId" = ${actor.userId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", REVIEW_NOT_FOUND);
  return found;
}

/** Edits the caller's own review (rating, title, body); the aggregate follows in the same transaction. */
export async function updateReview(db: Db, actor: Actor, input: UpdateReviewParams): Promise<ReviewView> {
  return db.$transaction(async (tx) => {
    const { medicineId } = await lockOwnReview(tx, actor, input.reviewId);
    const row = await tx.review.update({
      where: { id: input.reviewId },
      data: { rating: input.rating, title: input.title ?? null, body: input.body, editedAt: new Date() },
      select: reviewSelect,
    });
    await recomputeMedicineRating(tx, medicineId);
    const voted = await tx.reviewHelpfulVote.count({ where: { reviewId: row.id, userId: actor.userId } });
    return toReviewView(row, { callerId: actor.userId, voted: voted > 0, showHidden: true });
  });
}

/** Deletes the caller's own review (its helpful votes go with it); the aggregate follows. */
export async function deleteReview(db: Db, actor: Actor, input: { reviewId: string }): Promise<{ deleted: true }> {
  return db.$transaction(async (tx) => {
    const { medicineId } = await lockOwnReview(tx, actor, input.reviewId);
    await tx.review.delete({ where: { id: input.reviewId } });
    await recomputeMedicineRating(tx, medicineId);
    return { deleted: true as const };
  });
}
