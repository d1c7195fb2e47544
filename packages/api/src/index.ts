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
export { handleAuthRequest } from "./auth-http";
export type { HandleTrpcRequestOptions, ResolveActor } from "./http";
export { listProcedures } from "./security/list-procedures";
export { POLICY } from "./security/policy";
export type { PolicyEntry, Principal, Ownership } from "./security/policy";
export { securityHeaders, contentSecurityPolicy } from "./security/headers";
export type { SecurityHeader, SecurityHeadersOptions } from "./security/headers";
export { clientIpFrom } from "./security/client-ip";
export {
  createRateLimiter,
  createMemoryStore,
  createRedisStore,
  createFallbackStore,
  getDefaultRateLimiter,
  PROCEDURE_RATE_LIMITS,
} from "./rate-limit";
export type { RateLimiter, RateLimitRule, RateLimitStore, ProcedureRateLimit } from "./rate-limit";
export type { ProcedureInfo } from "./security/list-procedures";
export { medicineListInput, medicineBySlugInput, medicineSortSchema } from "./medicine/medicine.schema";
export type { MedicineListInput, MedicineSort } from "./medicine/medicine.schema";
export type { MedicineCard } from "./medicine/medicine-card";
export type { MedicineDetail } from "./medicine/get-medicine-by-slug";
export type { MedicineListResult } from "./medicine/list-medicines";
export type { CategoryNode } from "./category/category-tree";
// Catalogue (issue 3). Forms can also import the schema files directly (pure zod, client-safe):
// @healio/api/listing/listing.schema, inventory/inventory.schema, category/category.schema, ...
export { medicineListInputFromQuery } from "./medicine/medicine-query-params";
export type { QueryLike } from "./medicine/medicine-query-params";
export type { StockState } from "./medicine/stock-state";
export type { RatingSummary } from "./medicine/get-medicine-by-slug";
export {
  listingCreateInput,
  listingUpdateInput,
  listingIdInput,
  listingListMineInput,
  listingHistoryInput,
} from "./listing/listing.schema";
export type { ListingCreateInput, ListingUpdateInput } from "./listing/listing.schema";
export type { ListingView } from "./listing/listing-view";
export type { AuditEntryView, AuditPage } from "./audit/list-audit-entries";
export { restockInput, correctionInput, writeOffInput } from "./inventory/inventory.schema";
export type { StockChange } from "./inventory/adjust-stock";
export type { LowStockItem } from "./inventory/list-low-stock";
export type { StockMovementView } from "./inventory/list-stock-movements";
export { manufacturerRefSchema, manufacturerListInput } from "./manufacturer/manufacturer.schema";
export type { ManufacturerSummary } from "./manufacturer/manufacturer.schema";
export {
  categoryCreateInput,
  categoryRenameInput,
  categoryMoveInput,
  categoryDeleteInput,
} from "./category/category.schema";
export type { CategoryView, CategoryCrumb } from "./category/category.schema";
export type { CategoryPage } from "./category/get-category-by-slug";
export type { CategoryDeleted } from "./category/delete-category";
export type { Me } from "./user/get-me";
export type { SellerDashboard } from "./seller/seller-dashboard";
export type { AdminOverview } from "./admin/admin-overview";
export type { HealthStatus } from "./health/check-health";
// Prescriptions (issue 11): upload/download route handlers both apps mount, and the views.
export { handlePrescriptionUpload, handlePrescriptionDownload } from "./prescription/prescription-http";
export type { PrescriptionHttpOptions } from "./prescription/prescription-http";
export type { PrescriptionView } from "./prescription/prescription-view";
export { MAX_PRESCRIPTION_BYTES } from "./prescription/read-limited";
// REST + OpenAPI surface over the same procedures (issue 12).
export {
  handleRestRequest,
  buildOpenApiDocument,
  REST_ROUTES,
  rewriteAuthAlias,
  authAliasTarget,
} from "./rest";
export type { HandleRestRequestOptions, OpenApiDocument, RestRoute } from "./rest";
