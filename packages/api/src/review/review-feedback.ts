import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import type { ReplyToReviewParams } from "./review.schema";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";

const REVIEW_NOT_FOUND = "Review not found.";

/**
 * Marks a visible review helpful, once per customer: the vote's primary key (reviewId, userId)
 * decides, and the count moves only when the vote row was really inserted (same statement chain,
 * same transaction), so double clicks and races never count twice. Own reviews cannot be voted.
 */
export async function markReviewHelpful(db: Db, actor: Actor, input: { reviewId: string }): Promise<{ helpfulCount: number }> {
  return db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({
      where: { id: input.reviewId, hiddenAt: null, medicine: { status: "ACTIVE" } },
      select: { id: true, userId: true },
    });
    if (!review) throw new AppError("NOT_FOUND", REVIEW_NOT_FOUND);
    if (review.userId === actor.userId) throw new AppError("CONFLICT", "You cannot mark your own review as helpful.", { reason: "own_review" });
    const inserted = await tx.$executeRaw`
      INSERT INTO "ReviewHelpfulVote" ("reviewId", "userId", "createdAt") VALUES (${review.id}, ${actor.userId}, now())
      ON CONFLICT DO NOTHING`;
    if (inserted !== 1) throw new AppError("CONFLICT", "You already marked this review as helpful.", { reason: "already_voted" });
    const rows = await tx.$queryRaw<{ helpfulCount: number }[]>`
      UPDATE "Review" SET "helpfulCount" = "helpfulCount" + 1 WHERE id = ${review.id} RETURNING "helpfulCount"`;
    return { helpfulCount: rows[0]?.helpfulCount ?? 0 };
  });
}

/**
 * The medicine's seller replies to a review, once: a conditional UPDATE (WHERE "replyBody" IS
 * NULL) decides, so two concurrent replies cannot both land. Another seller's review is NOT_FOUND.
 */
export async function replyToReview(db: Db, actor: Actor, input: ReplyToReviewParams): Promise<ReviewView> {
  return db.$transaction(async (tx) => {
    const own = await tx.review.findFirst({
      where: { id: input.reviewId, medicine: { sellerId: actor.userId } },
      select: { id: true },
    });
    if (!own) throw new AppError("NOT_FOUND", REVIEW_NOT_FOUND);
    const updated = await tx.$executeRaw`
      UPDATE "Review" SET "replyBody" = ${input.body}, "replyAt" = now(), "updatedAt" = now()
      WHERE id = ${own.id} AND "replyBody" IS NULL`;
    if (updated !== 1) throw new AppError("CONFLICT", "You have already replied to this review.", { reason: "already_replied" });
    const row = await tx.review.findUniqueOrThrow({ where: { id: own.id }, select: reviewSelect });
    return toReviewView(row, { callerId: actor.userId, voted: false, showHidden: true });
  });
}
