import { adminProcedure, router } from "../trpc";
import { getAdminOverview } from "./admin-overview";

export const adminRouter = router({
  overview: adminProcedure.query(({ ctx }) => getAdminOverview(ctx.db, ctx.actor)),
});
