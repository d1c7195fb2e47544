import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { lockMedicineForReviews, recomputeMedicineRating } from "./review-aggregate";
import type { ModerateReviewParams } from "./review.schema";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";

/**
 * Admin hides (or restores) a review with a reason. Hidden reviews leave the public list and the
 * rating aggregate, recomputed in the same transaction; the change is audited (who, why, before,
 * after). Hiding an already hidden review (or restoring a visible one) is a CONFLICT.
 */
export async function moderateReview(db: Db, actor: Actor, input: ModerateReviewParams): Promise<ReviewView> {
  return db.$transaction(async (tx) => {
    const found = await tx.review.findUnique({ where: { id: input.reviewId }, select: { medicineId: true } });
    if (!found) throw new AppError("NOT_FOUND", "Review not found.");
    await lockMedicineForReviews(tx, found.medicineId);
    const before = await tx.review.findUniqueOrThrow({ where: { id: input.reviewId }, select: { hiddenAt: true, hiddenReason: true } });
    if ((before.hiddenAt !== null) === input.hidden) {
      throw new AppError("CONFLICT", input.hidden ? "This review is already hidden." : "This review is already visible.", {
        reason: input.hidden ? "already_hidden" : "already_visible",
      });
    }
    const row = await tx.review.update({
      where: { id: input.reviewId },
      data: input.hidden ? { hiddenAt: new Date(), hiddenReason: input.reason } : { hiddenAt: null, hiddenReason: null },
      select: reviewSelect,
    });
    await recomputeMedicineRating(tx, found.medicineId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.hidden ? "review.hidden" : "review.restored",
      entityType: "Review",
      entityId: input.reviewId,
      before: { hidden: before.hiddenAt !== null, reason: before.hiddenReason },
      after: { hidden: input.hidden, reason: input.reason },
    });
    return toReviewView(row, { callerId: actor.userId, voted: false, showHidden: true });
  });
}
