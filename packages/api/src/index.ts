export { appRouter, createCaller, createCallerFactory } from "./root";
export type { AppRouter } from "./root";
export {
  router,
  middleware,
  publicProcedure,
  authedProcedure,
  customerProcedure,
  sellerProcedure,
  adminProcedure,
  formatError,
  INTERNAL_ERROR_MESSAGE,
} from "./trpc";
export type { Context, Access, Meta, ErrorShape, ErrorData } from "./trpc";
export type { Actor } from "./actor";
export { AppError, isAppError, toTRPCError, appErrorFromPrisma } from "./errors";
export type { AppErrorCode, AppErrorDetails } from "./errors";
export { handleTrpcRequest } from "./http";
export type { HandleTrpcRequestOptions, ResolveActor } from "./http";
export { listProcedures } from "./security/list-procedures";
export type { ProcedureInfo } from "./security/list-procedures";
export { medicineListInput, medicineBySlugInput, medicineSortSchema } from "./medicine/medicine.schema";
export type { MedicineListInput, MedicineSort } from "./medicine/medicine.schema";
export type { MedicineCard } from "./medicine/medicine-card";
export type { MedicineDetail } from "./medicine/get-medicine-by-slug";
export type { MedicineListResult } from "./medicine/list-medicines";
export type { CategoryNode } from "./category/category-tree";
export type { Me } from "./user/get-me";
export type { SellerDashboard } from "./seller/seller-dashboard";
export type { AdminOverview } from "./admin/admin-overview";
export type { HealthStatus } from "./health/check-health";
