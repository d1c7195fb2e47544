import { router, sellerProcedure } from "../trpc";
import { batchListInput, batchQuarantineInput, expiringInput } from "./batch.schema";
import { listBatches, listExpiringBatches } from "./list-batches";
import { quarantineBatch } from "./quarantine-batch";

/** Lots of the caller's medicines (admins: any medicine). Stock changes go through inventory.*. */
export const batchRouter = router({
  list: sellerProcedure.input(batchListInput).query(({ ctx, input }) => listBatches(ctx.db, ctx.actor, input)),
  expiring: sellerProcedure.input(expiringInput).query(({ ctx, input }) => listExpiringBatches(ctx.db, ctx.actor, input)),
  quarantine: sellerProcedure.input(batchQuarantineInput).mutation(({ ctx, input }) => quarantineBatch(ctx.db, ctx.actor, input)),
});
