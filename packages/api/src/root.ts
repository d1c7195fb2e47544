import { adminRouter } from "./admin/admin.router";
import { categoryRouter } from "./category/category.router";
import { healthRouter } from "./health/health.router";
import { medicineRouter } from "./medicine/medicine.router";
import { sellerRouter } from "./seller/seller.router";
import { createCallerFactory, router } from "./trpc";
import { meRouter } from "./user/user.router";

export const appRouter = router({
  health: healthRouter,
  me: meRouter,
  category: categoryRouter,
  medicine: medicineRouter,
  seller: sellerRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller: `createCaller({ db, actor })` (tests, server components). */
export const createCaller = createCallerFactory(appRouter);

export { createCallerFactory };
