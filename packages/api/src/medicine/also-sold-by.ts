import { Prisma, type DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { sellableListingSql } from "../catalog/sellable";
import { medicineCardColumns, medicineCardJoinsAt, toMedicineCard, type MedicineCard, type MedicineCardRow } from "./medicine-card";
import type { MedicineByIdInput } from "./medicine.schema";

/** At most this many other pharmacies are shown. */
export const ALSO_SOLD_BY_LIMIT = 10;

/**
 * The product a listing sells: generic name, strength, dosage form and pack size, compared
 * without case or spaces ("500 mg" = "500mg"). Identical to the expressions of the
 * Medicine_same_product_idx index (migration medicine_leaflet_same_product), so it is used.
 */
export function sameProductKeySql(alias: "m" | "base"): Prisma.Sql {
  const key = (column: string) => Prisma.raw(`lower(regexp_replace(${alias}.${column}, '\\s+', '', 'g'))`);
  return Prisma.sql`(${key(`"genericName"`)}, ${key("strength")}, ${key(`"dosageForm"`)}, ${key(`"packSize"`)})`;
}

type Row = MedicineCardRow & { baseId: string };

/**
 * Other pharmacies selling the same product as this listing, cheapest first at the current
 * (sale-aware) price, one listing per pharmacy, only sellable ones. One query: the listing row
 * is always returned (NOT_FOUND when it does not exist), joined with its matches.
 */
function alsoSoldByQuery(id: string, at: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT base.id AS "baseId", other.*
    FROM "Medicine" base
    LEFT JOIN LATERAL (
      SELECT * FROM (
        SELECT DISTINCT ON (m."sellerId") ${medicineCardColumns},
               COALESCE(sale."salePriceCents", m."priceCents") AS "effectivePriceCents"
        FROM "Medicine" m ${medicineCardJoinsAt(at)}
        WHERE ${sameProductKeySql("m")} = ${sameProductKeySql("base")}
          AND m."sellerId" <> base."sellerId" AND ${sellableListingSql("m")}
        ORDER BY m."sellerId", "effectivePriceCents", m.id
      ) per_seller
      ORDER BY "effectivePriceCents", id
      LIMIT ${ALSO_SOLD_BY_LIMIT}
    ) other ON TRUE
    WHERE base.id = ${id}`;
}

export async function alsoSoldBy(db: DbOrTx, _actor: Actor | null, input: MedicineByIdInput, at: Date = new Date()): Promise<MedicineCard[]> {
  const rows = await db.$queryRaw<(Row | { baseId: string; id: null })[]>(alsoSoldByQuery(input.id, at));
  if (rows.length === 0) throw new AppError("NOT_FOUND", "Medicine not found.");
  return rows.filter((r): r is Row => r.id !== null).map(toMedicineCard);
}
