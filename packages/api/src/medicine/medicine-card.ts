import { Prisma } from "@healio/db";
import { stockStateOf, type StockState } from "./stock-state";

/** What a catalogue card shows; the same shape for lists and the detail page. */
export type MedicineCard = {
  id: string;
  slug: string;
  name: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  priceCents: number;
  stock: number;
  /** "in stock" / "only N left" (stock <= the seller's low-stock threshold) / "out of stock". */
  stockState: StockState;
  requiresPrescription: boolean;
  imageUrl: string | null;
  /** Average of 1-5 star reviews (0 when none) and how many there are. */
  rating: { average: number; count: number };
  manufacturer: { id: string; name: string };
  category: { id: string; name: string; slug: string };
  /** `id` is the seller's user id (Medicine.sellerId). */
  seller: { id: string; storeName: string };
};

export type MedicineCardRow = {
  id: string;
  slug: string;
  name: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  priceCents: number;
  stock: number;
  lowStockThreshold: number;
  requiresPrescription: boolean;
  imageUrl: string | null;
  /** numeric(3,2) as text ("4.50"): exact, for display and for the rating keyset cursor. */
  ratingAverage: string;
  ratingCount: number;
  createdAt: Date;
  manufacturerId: string;
  manufacturerName: string;
  categoryId: string;
  categoryName: string;
  categorySlug: string;
  sellerId: string;
  storeName: string;
};

/** Columns + joins shared by list and bySlug (alias m = "Medicine"). Relations are joined, not N+1. */
export const medicineCardColumns = Prisma.sql`
  m.id, m.slug, m.name, m."genericName", m.strength, m."dosageForm", m."packSize",
  m."priceCents", m.stock, m."lowStockThreshold", m."requiresPrescription", m."imageUrl",
  m."ratingAverage"::text AS "ratingAverage", m."ratingCount", m."createdAt",
  mf.id AS "manufacturerId", mf.name AS "manufacturerName",
  c.id AS "categoryId", c.name AS "categoryName", c.slug AS "categorySlug",
  m."sellerId", COALESCE(sp."storeName", u.name) AS "storeName"`;

export const medicineCardJoins = Prisma.sql`
  JOIN "Manufacturer" mf ON mf.id = m."manufacturerId"
  JOIN "Category" c ON c.id = m."categoryId"
  JOIN "user" u ON u.id = m."sellerId"
  LEFT JOIN "SellerProfile" sp ON sp."userId" = m."sellerId"`;

export function toMedicineCard(row: MedicineCardRow): MedicineCard {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    genericName: row.genericName,
    strength: row.strength,
    dosageForm: row.dosageForm,
    packSize: row.packSize,
    priceCents: row.priceCents,
    stock: row.stock,
    stockState: stockStateOf(row.stock, row.lowStockThreshold),
    requiresPrescription: row.requiresPrescription,
    imageUrl: row.imageUrl,
    rating: { average: Number(row.ratingAverage), count: row.ratingCount },
    manufacturer: { id: row.manufacturerId, name: row.manufacturerName },
    category: { id: row.categoryId, name: row.categoryName, slug: row.categorySlug },
    seller: { id: row.sellerId, storeName: row.storeName },
  };
}
