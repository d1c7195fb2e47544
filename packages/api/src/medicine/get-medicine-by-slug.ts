import { Prisma, type DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { nextLotExpirySql } from "../batch/next-lot-sql";
import { sellableListingSql } from "../catalog/sellable";
import { medicineCardColumns, medicineCardJoinsAt, toMedicineCard } from "./medicine-card";
import type { MedicineCard, MedicineCardRow } from "./medicine-card";
import type { MedicineByIdInput, MedicineBySlugInput } from "./medicine.schema";

export type RatingSummary = {
  average: number;
  count: number;
  /** Number of reviews per star, "1".."5" (all keys present). */
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
};

/** Patient-leaflet sections the seller filled (null: not given). */
export type Leaflet = { uses: string | null; dosage: string | null; sideEffects: string | null; warnings: string | null };

/** The medicine page: the card plus description, leaflet, dates and the rating breakdown. */
export type MedicineDetail = MedicineCard & {
  description: string;
  leaflet: Leaflet;
  createdAt: Date;
  updatedAt: Date;
  ratingSummary: RatingSummary;
  /**
   * When the lot a customer would receive first expires (checkout sends the soonest-expiring
   * sellable lot first: every unit ordered now expires on or after this); null: none sellable.
   */
  nextLotExpiresAt: Date | null;
};

type DetailRow = MedicineCardRow & {
  description: string;
  leafletUses: string | null;
  leafletDosage: string | null;
  leafletSideEffects: string | null;
  leafletWarnings: string | null;
  updatedAt: Date;
  distribution: Record<string, number> | null;
  nextLotExpiresAt: Date | null;
};

/**
 * Public detail page in one statement: the star distribution is aggregated in a scalar subquery.
 * A medicine that is not sellable (archived, or its seller suspended, blocked or unlicensed) is NOT_FOUND, exactly like a missing one.
 */
export async function getMedicineBySlug(
  db: DbOrTx,
  _actor: Actor | null,
  input: MedicineBySlugInput,
): Promise<MedicineDetail> {
  return getMedicineDetail(db, Prisma.sql`m.slug = ${input.slug}`);
}

/** The same page by id (the REST API's /api/medicines/{id}). */
export async function getMedicineById(
  db: DbOrTx,
  _actor: Actor | null,
  input: MedicineByIdInput,
): Promise<MedicineDetail> {
  return getMedicineDetail(db, Prisma.sql`m.id = ${input.id}`);
}

async function getMedicineDetail(db: DbOrTx, match: Prisma.Sql): Promise<MedicineDetail> {
  const rows = await db.$queryRaw<DetailRow[]>`
    SELECT ${medicineCardColumns}, m.description, m."updatedAt",
      m."leafletUses", m."leafletDosage", m."leafletSideEffects", m."leafletWarnings",
      (SELECT jsonb_object_agg(r.rating::text, r.n)
         FROM (SELECT rating, count(*)::int AS n FROM "Review" WHERE "medicineId" = m.id AND "hiddenAt" IS NULL GROUP BY rating) r
      ) AS distribution,
      ${nextLotExpirySql("m")} AS "nextLotExpiresAt"
    FROM "Medicine" m
    ${medicineCardJoinsAt(new Date())}
    WHERE ${match} AND ${sellableListingSql("m")}`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Medicine not found.");
  const card = toMedicineCard(row);
  const d = row.distribution ?? {};
  return {
    ...card,
    description: row.description,
    leaflet: { uses: row.leafletUses, dosage: row.leafletDosage, sideEffects: row.leafletSideEffects, warnings: row.leafletWarnings },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ratingSummary: {
      ...card.rating,
      distribution: { "1": d["1"] ?? 0, "2": d["2"] ?? 0, "3": d["3"] ?? 0, "4": d["4"] ?? 0, "5": d["5"] ?? 0 },
    },
    nextLotExpiresAt: row.nextLotExpiresAt,
  };
}
