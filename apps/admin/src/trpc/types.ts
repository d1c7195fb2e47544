import type { AppRouter } from "@healio/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Me = RouterOutputs["me"]["get"];
export type SellerDashboardData = RouterOutputs["seller"]["dashboard"];
export type AdminOverviewData = RouterOutputs["admin"]["overview"];
export type LowStockPage = RouterOutputs["inventory"]["lowStock"];
