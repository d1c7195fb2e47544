import { addressRouter } from "./address/address.router";
import { adminRouter } from "./admin/admin.router";
import { analyticsRouter } from "./analytics/analytics.router";
import { auditLogRouter } from "./audit/audit-log.router";
import { batchRouter } from "./batch/batch.router";
import { cartRouter } from "./cart/cart.router";
import { categoryRouter } from "./category/category.router";
import { checkoutRouter } from "./checkout/checkout.router";
import { healthRouter } from "./health/health.router";
import { inventoryRouter } from "./inventory/inventory.router";
import { listingRouter } from "./listing/listing.router";
import { manufacturerRouter } from "./manufacturer/manufacturer.router";
import { medicineRouter } from "./medicine/medicine.router";
import { orderRouter } from "./order/order.router";
import { reviewRouter } from "./review/review.router";
import { prescriptionRouter } from "./prescription/prescription.router";
import { recallRouter } from "./recall/recall.router";
import { peopleRouter } from "./people/people.router";
import { saleRouter } from "./sale/sale.router";
import { sellerRouter } from "./seller/seller.router";
import { sellersRouter } from "./sellers/sellers.router";
import { createCallerFactory, router } from "./trpc";
import { meRouter } from "./user/user.router";

export const appRouter = router({
  health: healthRouter,
  me: meRouter,
  category: categoryRouter,
  medicine: medicineRouter,
  listing: listingRouter,
  inventory: inventoryRouter,
  batch: batchRouter,
  recall: recallRouter,
  manufacturer: manufacturerRouter,
  seller: sellerRouter,
  admin: adminRouter,
  cart: cartRouter,
  address: addressRouter,
  checkout: checkoutRouter,
  order: orderRouter,
  review: reviewRouter,
  prescription: prescriptionRouter,
  people: peopleRouter,
  sellers: sellersRouter,
  analytics: analyticsRouter,
  auditLog: auditLogRouter,
  sale: saleRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller: `createCaller({ db, actor })` (tests, server components). */
export const createCaller = createCallerFactory(appRouter);

export { createCallerFactory };
