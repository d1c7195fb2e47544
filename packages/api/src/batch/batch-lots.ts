import { Prisma } from "@healio/db";
import type { BatchState, Tx } from "@healio/db";
import { AppError } from "../app-error";

export type LockedBatch = { id: string; lotNumber: string; expiresAt: Date; quantity: number; state: BatchState };

/** Lot numbers are compared as printed on the pack, case-insensitively: stored upper-case, trimmed. */
export function normalizeLot(lot: string): string {
  return lot.trim().toUpperCase();
}

const STATE_WORDS: Record<BatchState, string> = {
  AVAILABLE: "available",
  QUARANTINED: "in quarantine",
  RECALLED: "recalled",
  EXPIRED: "expired",
};

/**
 * The batch units coming in go to: the given lot (created on first receipt; a known lot must have
 * the same expiry and still be AVAILABLE), or the given batch, or, for a positive correction without
 * either, the AVAILABLE lot that expires last. Locked FOR UPDATE (the medicine row is already locked).
 */
export async function incomingBatch(
  tx: Tx,
  medicineId: string,
  target: { lot?: { lotNumber: string; expiresAt: Date } | undefined; batchId?: string | undefined },
): Promise<LockedBatch> {
  if (target.lot) {
    const lotNumber = normalizeLot(target.lot.lotNumber);
    const [existing] = await tx.$queryRaw<LockedBatch[]>`
      SELECT id, "lotNumber", "expiresAt", quantity, state FROM "Batch"
      WHERE "medicineId" = ${medicineId} AND "lotNumber" = ${lotNumber} FOR UPDATE`;
    if (existing) {
      if (existing.expiresAt.getTime() !== target.lot.expiresAt.getTime()) {
        throw new AppError(
          "CONFLICT",
          `Lot ${lotNumber} is already recorded with expiry ${existing.expiresAt.toISOString().slice(0, 10)}: check the lot number or the date.`,
          { reason: "lot_expiry_mismatch", lotNumber, expiresAt: existing.expiresAt.toISOString() },
        );
      }
      if (existing.state !== "AVAILABLE") {
        throw new AppError("CONFLICT", `Lot ${lotNumber} is ${STATE_WORDS[existing.state]}: it cannot take new stock.`, {
          reason: "lot_blocked",
          lotNumber,
          state: existing.state,
        });
      }
      return existing;
    }
    const created = await tx.batch.create({
      data: { medicineId, lotNumber, expiresAt: target.lot.expiresAt, quantity: 0 },
      select: { id: true, lotNumber: true, expiresAt: true, quantity: true, state: true },
    });
    return created;
  }
  const [row] = target.batchId
    ? await tx.$queryRaw<LockedBatch[]>`
        SELECT id, "lotNumber", "expiresAt", quantity, state FROM "Batch"
        WHERE id = ${target.batchId} AND "medicineId" = ${medicineId} FOR UPDATE`
    : await tx.$queryRaw<LockedBatch[]>`
        SELECT id, "lotNumber", "expiresAt", quantity, state FROM "Batch"
        WHERE "medicineId" = ${medicineId} AND state = 'AVAILABLE'
        ORDER BY "expiresAt" DESC, id LIMIT 1 FOR UPDATE`;
  if (!row) {
    if (target.batchId) throw new AppError("NOT_FOUND", "Batch not found.");
    throw new AppError("CONFLICT", "This medicine has no available lot: restock it with a lot number and expiry date.", {
      reason: "no_lot",
    });
  }
  return row;
}

/**
 * Where units going out are taken from: the given batch only, or every lot with units on hand,
 * earliest expiry first (recalled lots last: their units wait for the recall). Returns the take
 * per batch; throws CONFLICT when the lots hold fewer than `units`.
 */
export async function outgoingBatches(
  tx: Tx,
  medicineId: string,
  units: number,
  batchId: string | undefined,
): Promise<{ batch: LockedBatch; take: number }[]> {
  const rows = await tx.$queryRaw<LockedBatch[]>`
    SELECT id, "lotNumber", "expiresAt", quantity, state FROM "Batch"
    WHERE "medicineId" = ${medicineId} AND quantity > 0
      ${batchId ? Prisma.sql`AND id = ${batchId}` : Prisma.empty}
    ORDER BY (state = 'RECALLED'), "expiresAt", id
    FOR UPDATE`;
  if (batchId && rows.length === 0) {
    const exists = await tx.batch.count({ where: { id: batchId, medicineId } });
    if (!exists) throw new AppError("NOT_FOUND", "Batch not found.");
  }
  const takes: { batch: LockedBatch; take: number }[] = [];
  let left = units;
  for (const batch of rows) {
    if (left === 0) break;
    const take = Math.min(batch.quantity, left);
    takes.push({ batch, take });
    left -= take;
  }
  if (left > 0) {
    const held = units - left;
    const where = batchId && rows[0] ? `lot ${rows[0].lotNumber}` : batchId ? "this lot" : "stock";
    throw new AppError("CONFLICT", `Not enough stock: ${held} in ${where}, cannot remove ${units}.`, {
      stock: held,
      requested: -units,
    });
  }
  return takes;
}
