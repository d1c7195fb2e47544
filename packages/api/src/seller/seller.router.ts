import { router, sellerProcedure } from "../trpc";
import { getSellerDashboard } from "./seller-dashboard";

export const sellerRouter = router({
  dashboard: sellerProcedure.query(({ ctx }) => getSellerDashboard(ctx.db, ctx.actor)),
});
