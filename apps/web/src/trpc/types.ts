import type { AppRouter } from "@healio/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type MedicineListPage = RouterOutputs["medicine"]["list"];
export type MedicineCardData = MedicineListPage["items"][number];
export type CategoryNode = RouterOutputs["category"]["tree"][number];
