import { adminProcedure, router, sellerProcedure } from "../trpc";
import { dashboardInput, dashboardOutput, sellerDashboardInput } from "./analytics.schema";
import { getMarketplaceDashboard, getSellerRevenueDashboard } from "./get-dashboard";

export const analyticsRouter = router({
  /** The whole marketplace's revenue figures for a range (admins). */
  marketplace: adminProcedure
    .input(dashboardInput)
    .output(dashboardOutput)
    .query(({ ctx, input }) => getMarketplaceDashboard(ctx.db, ctx.actor, input)),
  /** One seller's figures: their own for a seller, any seller's for an admin (sellerId). */
  seller: sellerProcedure
    .input(sellerDashboardInput)
    .output(dashboardOutput)
    .query(({ ctx, input }) => getSellerRevenueDashboard(ctx.db, ctx.actor, input)),
});
