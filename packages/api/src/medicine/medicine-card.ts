import { Prisma } from "@healio/db";
import { sellableStockSql } from "../catalog/sellable";
import { liveSaleColumns, liveSaleJoin, liveSaleOf, type LiveSaleRow } from "../pricing/live-sale-sql";
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
  /** What a customer pays for one unit right now: the live flash-sale price, else the list price. */
  priceCents: number;
  /** The seller's list price (struck through when a sale is live). */
  listPriceCents: number;
  /** The flash sale pricing it now (the lowest live one), or null. */
  sale: { eventName: string; eventSlug: string; endsAt: Date; salePriceCents: number; percentOff: number } | null;
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

export type MedicineCardRow = LiveSaleRow & {
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
  m."priceCents", ${sellableStockSql("m")} AS stock, m."lowStockThreshold", m."requiresPrescription", m."imageUrl",
  m."ratingAverage"::text AS "ratingAverage", m."ratingCount", m."createdAt",
  mf.id AS "manufacturerId", mf.name AS "manufacturerName",
  c.id AS "categoryId", c.name AS "categoryName", c.slug AS "categorySlug",
  m."sellerId", COALESCE(sp."storeName", u.name) AS "storeName",
  ${liveSaleColumns}`;

export const medicineCardJoins = Prisma.sql`
  JOIN "Manufacturer" mf ON mf.id = m."manufacturerId"
  JOIN "Category" c ON c.id = m."categoryId"
  JOIN "user" u ON u.id = m."sellerId"
  LEFT JOIN "SellerProfile" sp ON sp."userId" = m."sellerId"`;

/** The card joins plus the flash sale live at `at` (the one pricing rule, pricing/live-sale-sql.ts). */
export function medicineCardJoinsAt(at: Date): Prisma.Sql {
  return Prisma.sql`${medicineCardJoins} ${liveSaleJoin("m", at)}`;
}

export function toMedicineCard(row: MedicineCardRow): MedicineCard {
  const sale = liveSaleOf(row);
  const onSale = sale !== null && sale.salePriceCents < row.priceCents;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    genericName: row.genericName,
    strength: row.strength,
    dosageForm: row.dosageForm,
    packSize: row.packSize,
    priceCents: onSale ? sale.salePriceCents : row.priceCents,
    listPriceCents: row.priceCents,
    sale: onSale
      ? {
          eventName: sale.saleEventName,
          eventSlug: sale.saleEventSlug,
          endsAt: sale.saleEndsAt,
          salePriceCents: sale.salePriceCents,
          // Nearest whole percent: a "25 % off" item whose price rounded to the cent (24.97 %)
          // still says 25, as the admin set it; never more than half a point off the real cut.
          percentOff: Math.round(((row.priceCents - sale.salePriceCents) * 100) / row.priceCents),
        }
      : null,
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
