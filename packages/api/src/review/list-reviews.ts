import type { DbOrTx, Prisma } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { decodeReviewCursor, encodeReviewCursor } from "./review-cursor";
import type { ListReviewsParams, ReviewQueueParams, ReviewSort } from "./review.schema";
import { reviewSelect, toReviewView, type ReviewRow, type ReviewView } from "./review-view";

export type ReviewPage = { items: ReviewView[]; nextCursor: string | null };

function orderFor(sort: ReviewSort): Prisma.ReviewOrderByWithRelationInput[] {
  return sort === "newest" ? [{ createdAt: "desc" }, { id: "desc" }] : [{ helpfulCount: "desc" }, { id: "desc" }];
}

/** "Strictly after the cursor" in (key DESC, id DESC) order. */
function afterCursor(raw: string | undefined, sort: ReviewSort): Prisma.ReviewWhereInput {
  if (!raw) return {};
  const c = decodeReviewCursor(raw, sort);
  if (c.s === "newest") {
    const k = new Date(c.k);
    return { OR: [{ createdAt: { lt: k } }, { createdAt: k, id: { lt: c.id } }] };
  }
  return { OR: [{ helpfulCount: { lt: c.k } }, { helpfulCount: c.k, id: { lt: c.id } }] };
}

/** One page (limit + 1 rows to know about a next one) plus the caller's votes on it, in 2 queries. */
async function page(
  db: DbOrTx,
  actor: Actor | null,
  where: Prisma.ReviewWhereInput,
  sort: ReviewSort,
  input: { cursor?: string; limit: number },
  showHidden: boolean,
): Promise<ReviewPage> {
  const rows: ReviewRow[] = await db.review.findMany({
    where: { AND: [where, afterCursor(input.cursor, sort)] },
    select: reviewSelect,
    orderBy: orderFor(sort),
    take: input.limit + 1,
  });
  const items = rows.slice(0, input.limit);
  const voted = new Set<string>();
  if (actor && items.length > 0) {
    const votes = await db.reviewHelpfulVote.findMany({
      where: { userId: actor.userId, reviewId: { in: items.map((r) => r.id) } },
      select: { reviewId: true },
    });
    for (const v of votes) voted.add(v.reviewId);
  }
  const last = items.at(-1);
  return {
    items: items.map((row) => toReviewView(row, { callerId: actor?.userId ?? null, voted: voted.has(row.id), showHidden })),
    nextCursor: rows.length > input.limit && last ? encodeReviewCursor(sort, last) : null,
  };
}

/** The public reviews of an ACTIVE medicine (hidden ones excluded), newest or most helpful first. */
export async function listMedicineReviews(db: DbOrTx, actor: Actor | null, input: ListReviewsParams): Promise<ReviewPage> {
  const medicine = await db.medicine.findFirst({ where: { id: input.medicineId, status: "ACTIVE" }, select: { id: true } });
  if (!medicine) throw new AppError("NOT_FOUND", "Medicine not found.");
  return page(db, actor, { medicineId: input.medicineId, hiddenAt: null }, input.sort, input, false);
}

/** Reviews of the calling seller's medicines (to reply), hidden ones included and flagged. */
export function listSellerReviews(db: DbOrTx, actor: Actor, input: ReviewQueueParams): Promise<ReviewPage> {
  const where: Prisma.ReviewWhereInput = { medicine: { sellerId: actor.userId } };
  if (input.unanswered) where.replyBody = null;
  return page(db, actor, where, "newest", input, true);
}

/** Every review for moderation (admin), newest first, filtered by visibility. */
export function listAllReviews(db: DbOrTx, actor: Actor, input: ReviewQueueParams): Promise<ReviewPage> {
  const where: Prisma.ReviewWhereInput =
    input.visibility === "hidden" ? { hiddenAt: { not: null } } : input.visibility === "visible" ? { hiddenAt: null } : {};
  return page(db, actor, where, "newest", input, true);
}
