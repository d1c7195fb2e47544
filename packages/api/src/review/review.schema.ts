import { z } from "zod";
import { plainText } from "../util/text";

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 2000;
export const REVIEW_REPLY_MAX = 2000;
export const MODERATION_REASON_MAX = 500;

const id = z.string().trim().min(1).max(64);
const rating = z.number().int().min(1, "Choose 1 to 5 stars.").max(5, "Choose 1 to 5 stars.");
/** Empty titles are stored as null. Plain text: rendered as text, never as HTML. */
const title = z
  .string()
  .trim()
  .max(REVIEW_TITLE_MAX, `At most ${REVIEW_TITLE_MAX} characters.`)
  .transform((v) => (v === "" ? null : v));
const body = plainText().max(REVIEW_BODY_MAX, `At most ${REVIEW_BODY_MAX.toLocaleString("en-US")} characters.`);

export const reviewSortSchema = z.enum(["newest", "helpful"]);
export type ReviewSort = z.infer<typeof reviewSortSchema>;

export const listReviewsInput = z.strictObject({
  medicineId: id,
  sort: reviewSortSchema.default("newest"),
  cursor: z.string().min(1).max(512).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});
export type ListReviewsParams = z.output<typeof listReviewsInput>;

export const medicineIdInput = z.strictObject({ medicineId: id });
export const reviewIdInput = z.strictObject({ reviewId: id });
export const orderIdInput = z.strictObject({ orderId: id });

export const createReviewInput = z.strictObject({
  medicineId: id,
  rating,
  title: title.optional(),
  body: body.default(""),
});
export type CreateReviewParams = z.output<typeof createReviewInput>;

export const updateReviewInput = z.strictObject({
  reviewId: id,
  rating,
  title: title.optional(),
  body: body.default(""),
});
export type UpdateReviewParams = z.output<typeof updateReviewInput>;

export const replyToReviewInput = z.strictObject({
  reviewId: id,
  body: plainText().min(1, "Write a reply.").max(REVIEW_REPLY_MAX, `At most ${REVIEW_REPLY_MAX} characters.`),
});
export type ReplyToReviewParams = z.output<typeof replyToReviewInput>;

export const moderateReviewInput = z.strictObject({
  reviewId: id,
  hidden: z.boolean(),
  reason: z.string().trim().min(3, "Give a reason (at least 3 characters).").max(MODERATION_REASON_MAX),
});
export type ModerateReviewParams = z.output<typeof moderateReviewInput>;

export const reviewQueueInput = z.strictObject({
  /** Admin queue only: visible, hidden or all reviews. */
  visibility: z.enum(["all", "visible", "hidden"]).default("all"),
  /** Seller queue only: reviews still waiting for the seller's reply. */
  unanswered: z.boolean().optional(),
  cursor: z.string().min(1).max(512).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type ReviewQueueParams = z.output<typeof reviewQueueInput>;
