import type { StockMovementReason, Tx } from "@healio/db";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { MEDICINE_NOT_FOUND } from "../listing/listing-access";

export type StockMovementRequest = {
  medicineId: string;
  /** Only this seller's medicine may move (null: no ownership scope, for trusted internal callers). */
  sellerId: string | null;
  delta: number;
  reason: StockMovementReason;
  actorId: string | null;
  note?: string | null;
  orderId?: string | null;
};

export type StockMovementResult = { movementId: string; stockBefore: number; stockAfter: number };

/**
 * THE way catalogue code changes Medicine.stock (order placement has its own decrement with the
 * same shape). Runs inside the caller's transaction so all three writes commit together:
 * 1. conditional update `stock = stock + delta WHERE stock + delta >= 0` — atomic, so concurrent
 *    write-offs and orders can never drive stock negative (the CHECK constraint backs it up);
 * 2. the StockMovement ledger row (Medicine.stock == SUM(delta) of its movements);
 * 3. the AuditLog row (before/after stock, reason).
 * Refused (nothing written): NOT_FOUND for a missing/foreign medicine, CONFLICT with the current
 * stock in `details.stock` when the movement would go below zero.
 */
export async function applyStockMovement(tx: Tx, req: StockMovementRequest): Promise<StockMovementResult> {
  if (!Number.isInteger(req.delta) || req.delta === 0) {
    throw new AppError("BAD_REQUEST", "A stock movement must change stock by a non-zero whole number.");
  }
  const updated = await tx.$queryRaw<{ stock: number }[]>`
    UPDATE "Medicine" SET stock = stock + ${req.delta}::int, "updatedAt" = now()
    WHERE id = ${req.medicineId}
      AND (${req.sellerId}::text IS NULL OR "sellerId" = ${req.sellerId}::text)
      AND stock + ${req.delta}::int >= 0
    RETURNING stock`;
  const row = updated[0];
  if (!row) {
    const current = await tx.medicine.findFirst({
      where: { id: req.medicineId, ...(req.sellerId ? { sellerId: req.sellerId } : {}) },
      select: { stock: true },
    });
    if (!current) throw new AppError("NOT_FOUND", MEDICINE_NOT_FOUND);
    throw new AppError(
      "CONFLICT",
      `Not enough stock: ${current.stock} in stock, cannot remove ${-req.delta}.`,
      { stock: current.stock, requested: req.delta },
    );
  }
  const stockAfter = row.stock;
  const stockBefore = stockAfter - req.delta;
  const movement = await tx.stockMovement.create({
    data: {
      medicineId: req.medicineId,
      delta: req.delta,
      reason: req.reason,
      note: req.note ?? null,
      actorId: req.actorId,
      orderId: req.orderId ?? null,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: req.actorId,
    action: "medicine.stock_changed",
    entityType: "Medicine",
    entityId: req.medicineId,
    before: { stock: stockBefore },
    after: { stock: stockAfter, delta: req.delta, reason: req.reason, movementId: movement.id, note: req.note ?? null },
  });
  return { movementId: movement.id, stockBefore, stockAfter };
}
