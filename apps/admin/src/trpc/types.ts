import type { RouterOutputs } from "@healio/client/trpc/types";

export type { RouterInputs, RouterOutputs } from "@healio/client/trpc/types";

export type Me = RouterOutputs["me"]["get"];
export type SellerDashboardData = RouterOutputs["seller"]["dashboard"];
export type AdminOverviewData = RouterOutputs["admin"]["overview"];
export type LowStockPage = RouterOutputs["inventory"]["lowStock"];
