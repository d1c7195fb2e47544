import { router, sellerProcedure } from "../trpc";
import { closeRecall } from "./close-recall";
import { getRecall, listRecalls } from "./get-recall";
import { recallBatch } from "./recall-batch";
import { recallCloseInput, recallCreateInput, recallIdInput, recallListInput } from "./recall.schema";

/** Lot recalls: sellers for their own medicines, admins for any. Audited; never deleted or undone. */
export const recallRouter = router({
  create: sellerProcedure.input(recallCreateInput).mutation(({ ctx, input }) => recallBatch(ctx.db, ctx.actor, input)),
  list: sellerProcedure.input(recallListInput).query(({ ctx, input }) => listRecalls(ctx.db, ctx.actor, input)),
  get: sellerProcedure.input(recallIdInput).query(({ ctx, input }) => getRecall(ctx.db, ctx.actor, input.id)),
  close: sellerProcedure.input(recallCloseInput).mutation(({ ctx, input }) => closeRecall(ctx.db, ctx.actor, input)),
});
