import type { RouterOutputs } from "@/trpc/types";

export type ListingView = RouterOutputs["listing"]["getForEdit"];
export type ListingPage = RouterOutputs["listing"]["listMine"];
export type CategoryTree = RouterOutputs["category"]["tree"];
export type MarketplacePage = RouterOutputs["medicine"]["list"];
export type LowStockPageData = RouterOutputs["inventory"]["lowStock"];
