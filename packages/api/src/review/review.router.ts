import { adminProcedure, customerProcedure, publicProcedure, router, sellerProcedure } from "../trpc";
import { listAllReviews, listMedicineReviews, listSellerReviews } from "./list-reviews";
import { moderateReview } from "./moderate-review";
import { markReviewHelpful, replyToReview } from "./review-feedback";
import { getReviewEligibility, listOrderReviewInvites } from "./review-eligibility";
import {
  createReviewInput,
  listReviewsInput,
  medicineIdInput,
  moderateReviewInput,
  orderIdInput,
  replyToReviewInput,
  reviewIdInput,
  reviewQueueInput,
  updateReviewInput,
} from "./review.schema";
import { createReview, deleteReview, updateReview } from "./write-own-review";

export const reviewRouter = router({
  list: publicProcedure.input(listReviewsInput).query(({ ctx, input }) => listMedicineReviews(ctx.db, ctx.actor, input)),
  eligibility: customerProcedure.input(medicineIdInput).query(({ ctx, input }) => getReviewEligibility(ctx.db, ctx.actor, input)),
  orderInvites: customerProcedure.input(orderIdInput).query(({ ctx, input }) => listOrderReviewInvites(ctx.db, ctx.actor, input)),
  create: customerProcedure.input(createReviewInput).mutation(({ ctx, input }) => createReview(ctx.db, ctx.actor, input)),
  update: customerProcedure.input(updateReviewInput).mutation(({ ctx, input }) => updateReview(ctx.db, ctx.actor, input)),
  delete: customerProcedure.input(reviewIdInput).mutation(({ ctx, input }) => deleteReview(ctx.db, ctx.actor, input)),
  markHelpful: customerProcedure.input(reviewIdInput).mutation(({ ctx, input }) => markReviewHelpful(ctx.db, ctx.actor, input)),
  reply: sellerProcedure.input(replyToReviewInput).mutation(({ ctx, input }) => replyToReview(ctx.db, ctx.actor, input)),
  sellerQueue: sellerProcedure.input(reviewQueueInput).query(({ ctx, input }) => listSellerReviews(ctx.db, ctx.actor, input)),
  adminQueue: adminProcedure.input(reviewQueueInput).query(({ ctx, input }) => listAllReviews(ctx.db, ctx.actor, input)),
  moderate: adminProcedure.input(moderateReviewInput).mutation(({ ctx, input }) => moderateReview(ctx.db, ctx.actor, input)),
});
