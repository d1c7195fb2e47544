import type { RouterOutputs } from "@healio/client/trpc/types";

export type { RouterInputs, RouterOutputs } from "@healio/client/trpc/types";

export type MedicineListPage = RouterOutputs["medicine"]["list"];
export type MedicineCardData = MedicineListPage["items"][number];
export type CategoryNode = RouterOutputs["category"]["tree"][number];
