import type { MedicineStatus, Prisma } from "@healio/db";
import { stockStateOf, type StockState } from "../medicine/stock-state";

/** Everything the console's listing form and table need. */
export type ListingView = {
  id: string;
  slug: string;
  status: MedicineStatus;
  sellerId: string;
  name: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  description: string;
  leafletUses: string | null;
  leafletDosage: string | null;
  leafletSideEffects: string | null;
  leafletWarnings: string | null;
  imageUrl: string | null;
  requiresPrescription: boolean;
  /** Restricted ingredient and mg per pack (both or neither). */
  restrictedIngredient: string | null;
  restrictedMgPerPack: number | null;
  priceCents: number;
  /** Read-only here: changed only through inventory.* (and orders). */
  stock: number;
  lowStockThreshold: number;
  stockState: StockState;
  isLowStock: boolean;
  category: { id: string; name: string; slug: string };
  manufacturer: { id: string; name: string };
  createdAt: Date;
  updatedAt: Date;
};

/** One query (relations via Prisma's join), no N+1 in lists. */
export const listingSelect = {
  id: true,
  slug: true,
  status: true,
  sellerId: true,
  name: true,
  genericName: true,
  strength: true,
  dosageForm: true,
  packSize: true,
  description: true,
  leafletUses: true,
  leafletDosage: true,
  leafletSideEffects: true,
  leafletWarnings: true,
  imageUrl: true,
  requiresPrescription: true,
  restrictedIngredient: true,
  restrictedMgPerPack: true,
  priceCents: true,
  stock: true,
  lowStockThreshold: true,
  createdAt: true,
  updatedAt: true,
  category: { select: { id: true, name: true, slug: true } },
  manufacturer: { select: { id: true, name: true } },
} satisfies Prisma.MedicineSelect;

export type ListingRow = Prisma.MedicineGetPayload<{ select: typeof listingSelect }>;

export function toListingView(row: ListingRow): ListingView {
  return {
    ...row,
    stockState: stockStateOf(row.stock, row.lowStockThreshold),
    isLowStock: row.stock <= row.lowStockThreshold,
  };
}
