import type { Tx } from "@healio/db";
import { AppError } from "../app-error";

/**
 * Takes the medicine's row lock. EVERY review write (create, edit, delete, hide, restore) calls
 * this FIRST, so writes to one medicine's reviews run one after another; the recompute that
 * follows (a new statement, hence a fresh READ COMMITTED snapshot) then sees every committed
 * review and the aggregate cannot drift.
 */
export async function lockMedicineForReviews(tx: Tx, medicineId: string): Promise<{ id: string; sellerId: string; status: string }> {
  const rows = await tx.$queryRaw<{ id: string; sellerId: string; status: string }[]>`
    SELECT id, "sellerId", status::text AS status FROM "Medicine" WHERE id = ${medicineId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Medicine not found.");
  return row;
}

/**
 * Recomputes Medicine.ratingAverage / ratingCount from the visible reviews with one aggregate
 * (never incremented: an increment would keep any earlier error forever). Call it after
 * `lockMedicineForReviews`, in the same transaction as the change.
 */
export async function recomputeMedicineRating(tx: Tx, medicineId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Medicine" m
    SET "ratingAverage" = agg.average, "ratingCount" = agg.n
    FROM (
      SELECT COALESCE(round(avg(r.rating)::numeric, 2), 0) AS average, count(*)::int AS n
      FROM "Review" r
      WHERE r."medicineId" = ${medicineId} AND r."hiddenAt" IS NULL
    ) agg
    WHERE m.id = ${medicineId}`;
}
