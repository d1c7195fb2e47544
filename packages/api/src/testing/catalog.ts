import type { Db } from "@healio/db";
import type { ListingCreateInput } from "../listing/listing.schema";
import { unique } from "./factories";

/** Helpers for catalogue tests (listings, inventory, categories), built on factories.ts. */

/** A valid `listing.create` input; unique name per call. */
export function listingInput(categoryId: string, overrides: Partial<NonNullable<ListingCreateInput>> = {}): ListingCreateInput {
  return {
    name: unique("Testamol"),
    genericName: "paracetamol",
    strength: "500 mg",
    dosageForm: "tablet",
    packSize: "20 tablets",
    priceCents: 499,
    categoryId,
    manufacturer: { name: unique("Maker") },
    ...overrides,
  };
}

/** Everything a refused call must leave untouched: the row and its ledger/audit trails. */
export async function medicineState(db: Db, id: string) {
  const [medicine, movements, audits] = await Promise.all([
    db.medicine.findUnique({ where: { id } }),
    db.stockMovement.count({ where: { medicineId: id } }),
    db.auditLog.count({ where: { entityType: "Medicine", entityId: id } }),
  ]);
  return { medicine, movements, audits };
}

/** Medicine.stock, SUM(StockMovement.delta) and SUM(Batch.quantity) for one medicine. */
export async function stockAndLedger(db: Db, id: string): Promise<{ stock: number; ledger: number; batches: number }> {
  const [medicine, sum, batches] = await Promise.all([
    db.medicine.findUniqueOrThrow({ where: { id }, select: { stock: true } }),
    db.stockMovement.aggregate({ where: { medicineId: id }, _sum: { delta: true } }),
    db.batch.aggregate({ where: { medicineId: id }, _sum: { quantity: true } }),
  ]);
  return { stock: medicine.stock, ledger: sum._sum.delta ?? 0, batches: batches._sum.quantity ?? 0 };
}

export async function auditRows(db: Db, entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
