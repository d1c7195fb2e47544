import { Prisma } from "@healio/db";
import type { Tx } from "@healio/db";
import { AppError } from "../app-error";
import { QUIET_CATALOGUE_TRIGGERS_SQL } from "../cache/announce-catalogue-change";
import type { CartLineInput } from "../cart/cart.schema";
import { sellableListingSql, sellableStockSql } from "../catalog/sellable";

export type LockedMedicine = {
  id: string;
  sellerId: string;
  name: string;
  strength: string;
  priceCents: number;
  /** Sellable units (catalog/sellable.ts: AVAILABLE, unexpired batches), read under the row lock. */
  stock: number;
  status: string;
  genericName: string;
  requiresPrescription: boolean;
  restrictedIngredient: string | null;
  restrictedMgPerPack: number | null;
  /** catalog/sellable.ts, evaluated under the row lock: listing ACTIVE and its seller may sell. */
  sellable: boolean;
};

/**
 * Locks the medicine rows of a checkout, ALWAYS in id order: two checkouts with crossed carts
 * ([a, b] and [b, a]) then queue up on the same first row instead of deadlocking. The lock is held
 * until commit. Every change to a medicine's batches holds this lock too (checkout, cancel,
 * inventory, recall, expiry write-off), so the sellable stock read right after it (a second
 * statement: under READ COMMITTED a statement that waited for the lock would still see the
 * batches as they were before the other checkout committed) is the stock the FEFO allocation sees.
 */
export async function lockMedicines(tx: Tx, ids: string[]): Promise<Map<string, LockedMedicine>> {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT m.id FROM "Medicine" m WHERE m.id IN (${Prisma.join(sorted)}) ORDER BY m.id FOR UPDATE OF m`;
  const rows = await tx.$queryRaw<LockedMedicine[]>`
    SELECT m.id, m."sellerId", m.name, m.strength, m."priceCents", ${sellableStockSql("m")} AS stock, m.status::text AS status,
           m."genericName", m."requiresPrescription", m."restrictedIngredient", m."restrictedMgPerPack",
           ${sellableListingSql("m")} AS sellable
    FROM "Medicine" m
    WHERE m.id IN (${Prisma.join(sorted)})
    ORDER BY m.id`;
  return new Map(rows.map((r) => [r.id, r]));
}

type StockProblem = { medicineId: string; name: string; requested: number; available: number };

/**
 * Refuses a checkout the customer can understand: unknown medicine (NOT_FOUND), archived medicine
 * or one whose seller may not sell now (CONFLICT, named), not enough stock (CONFLICT with which item and how many are left).
 */
export function assertPurchasable(lines: CartLineInput[], medicines: Map<string, LockedMedicine>): void {
  const missing = lines.find((l) => !medicines.has(l.medicineId));
  if (missing) throw new AppError("NOT_FOUND", "A medicine in your order no longer exists.", { medicineId: missing.medicineId });

  const inactive = lines.map((l) => medicines.get(l.medicineId)!).find((m) => !m.sellable);
  if (inactive) {
    throw new AppError("CONFLICT", `${inactive.name} is no longer available.`, {
      reason: "inactive",
      medicineId: inactive.id,
      name: inactive.name,
    });
  }

  const problems: StockProblem[] = lines
    .map((l) => ({ line: l, medicine: medicines.get(l.medicineId)! }))
    .filter(({ line, medicine }) => medicine.stock < line.quantity)
    .map(({ line, medicine }) => ({
      medicineId: medicine.id,
      name: medicine.name,
      requested: line.quantity,
      available: Math.max(medicine.stock, 0),
    }));
  const first = problems[0];
  if (first) {
    const message =
      first.available === 0
        ? `${first.name} is out of stock.`
        : `Only ${first.available} left of ${first.name} (you asked for ${first.requested}).`;
    throw new AppError("CONFLICT", message, { reason: "out_of_stock", ...first, problems });
  }
}

/**
 * Conditional decrement of every line in ONE statement (the rows are already locked, in id order,
 * by lockMedicines, so this cannot deadlock). The WHERE clause is the last line of defence against
 * overselling (the rows were checked under the lock); fewer updated rows than lines means the
 * invariant broke, and the whole checkout rolls back.
 */
export async function decrementStock(tx: Tx, lines: CartLineInput[]): Promise<void> {
  // Quiet: this and the transaction's later stock and lot writes send no NOTIFY from the triggers;
  // placeOrder announces the change after the commit (cache/announce-catalogue-change.ts).
  const updated = await tx.$queryRaw<{ id: string }[]>`
    WITH quiet AS MATERIALIZED (${Prisma.raw(QUIET_CATALOGUE_TRIGGERS_SQL)})
    UPDATE "Medicine" m SET stock = m.stock - l.quantity, "updatedAt" = now()
    FROM unnest(${lines.map((l) => l.medicineId)}::text[], ${lines.map((l) => l.quantity)}::int[]) AS l (id, quantity), quiet
    WHERE m.id = l.id AND m.stock >= l.quantity AND m.status = 'ACTIVE'
    RETURNING m.id`;
  if (updated.length !== lines.length) {
    const done = new Set(updated.map((r) => r.id));
    const missing = lines.find((l) => !done.has(l.medicineId));
    throw new AppError("CONFLICT", "An item in your order just sold out.", { reason: "out_of_stock", medicineId: missing?.medicineId });
  }
}
