import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { medicineCardColumns, medicineCardJoins, toMedicineCard } from "./medicine-card";
import type { MedicineCard, MedicineCardRow } from "./medicine-card";
import type { MedicineBySlugInput } from "./medicine.schema";

export type MedicineDetail = MedicineCard & { description: string };

/** Public detail page: an archived medicine is NOT_FOUND, exactly like a missing one. */
export async function getMedicineBySlug(
  db: DbOrTx,
  _actor: Actor | null,
  input: MedicineBySlugInput,
): Promise<MedicineDetail> {
  const rows = await db.$queryRaw<(MedicineCardRow & { description: string })[]>`
    SELECT ${medicineCardColumns}, m.description
    FROM "Medicine" m
    ${medicineCardJoins}
    WHERE m.slug = ${input.slug} AND m.status = 'ACTIVE'`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Medicine not found.");
  return { ...toMedicineCard(row), description: row.description };
}
