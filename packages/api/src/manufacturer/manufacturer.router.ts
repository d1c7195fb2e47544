import { publicProcedure, router } from "../trpc";
import { listManufacturers } from "./list-manufacturers";
import { manufacturerListInput } from "./manufacturer.schema";

export const manufacturerRouter = router({
  /** Public: names are shown on the storefront (filter) and in the seller's pick list. */
  list: publicProcedure.input(manufacturerListInput).query(({ ctx, input }) => listManufacturers(ctx.db, input)),
});
