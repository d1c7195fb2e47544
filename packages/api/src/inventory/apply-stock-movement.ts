import { randomUUID } from "node:crypto";
import type { StockMovementReason, Tx } from "@healio/db";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { incomingBatch, outgoingBatches } from "../batch/batch-lots";
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
  /** Units coming in belong to this lot (created on first receipt). */
  lot?: { lotNumber: string; expiresAt: Date };
  /** Only this batch moves (a write-off or correction of one lot). */
  batchId?: string;
};

export type StockMovementResult = {
  movementId: string;
  stockBefore: number;
  stockAfter: number;
  /** The lots that moved and by how much. */
  batches: { batchId: string; lotNumber: string; delta: number }[];
};

/**
 * THE way catalogue code changes stock (order placement and cancel have their own statements of
 * the same shape). Runs inside the caller's transaction so everything commits together:
 * 1. the medicine row is locked (then its batches: the order every batch writer follows);
 * 2. units coming in go to one lot (batch-lots.ts: the named lot, created on first receipt);
 *    units going out come from one named batch or from the lots earliest-expiry-first;
 * 3. Medicine.stock moves by delta (== SUM(Batch.quantity) == SUM(ledger delta)), never below zero
 *    (CHECK constraints on both tables back it up);
 * 4. one StockMovement ledger row per batch touched, with its batchId;
 * 5. the AuditLog row (before/after stock, reason, lots).
 * Refused (nothing written): NOT_FOUND for a missing/foreign medicine or batch, CONFLICT with the
 * current stock in `details.stock` when the movement would go below zero.
 */
export async function applyStockMovement(tx: Tx, req: StockMovementRequest): Promise<StockMovementResult> {
  if (!Number.isInteger(req.delta) || req.delta === 0) {
    throw new AppError("BAD_REQUEST", "A stock movement must change stock by a non-zero whole number.");
  }
  const [medicine] = await tx.$queryRaw<{ stock: number }[]>`
    SELECT stock FROM "Medicine"
    WHERE id = ${req.medicineId} AND (${req.sellerId}::text IS NULL OR "sellerId" = ${req.sellerId}::text)
    FOR UPDATE`;
  if (!medicine) throw new AppError("NOT_FOUND", MEDICINE_NOT_FOUND);
  if (req.delta < 0 && !req.batchId && medicine.stock + req.delta < 0) {
    throw new AppError(
      "CONFLICT",
      `Not enough stock: ${medicine.stock} in stock, cannot remove ${-req.delta}.`,
      { stock: medicine.stock, requested: req.delta },
    );
  }
  const moves =
    req.delta > 0
      ? [{ batch: await incomingBatch(tx, req.medicineId, { lot: req.lot, batchId: req.batchId }), delta: req.delta }]
      : (await outgoingBatches(tx, req.medicineId, -req.delta, req.batchId)).map((t) => ({ batch: t.batch, delta: -t.take }));

  await tx.$executeRaw`
    UPDATE "Batch" b SET quantity = b.quantity + m.delta, "updatedAt" = now()
    FROM unnest(${moves.map((m) => m.batch.id)}::text[], ${moves.map((m) => m.delta)}::int[]) AS m (id, delta)
    WHERE b.id = m.id`;
  const [row] = await tx.$queryRaw<{ stock: number }[]>`
    UPDATE "Medicine" SET stock = stock + ${req.delta}::int, "updatedAt" = now()
    WHERE id = ${req.medicineId} RETURNING stock`;
  const stockAfter = row!.stock;
  const stockBefore = stockAfter - req.delta;
  const ids = moves.map(() => randomUUID());
  await tx.stockMovement.createMany({
    data: moves.map((m, i) => ({
      id: ids[i]!,
      medicineId: req.medicineId,
      batchId: m.batch.id,
      delta: m.delta,
      reason: req.reason,
      note: req.note ?? null,
      actorId: req.actorId,
      orderId: req.orderId ?? null,
    })),
  });
  const batches = moves.map((m) => ({ batchId: m.batch.id, lotNumber: m.batch.lotNumber, delta: m.delta }));
  await recordAudit(tx, {
    actorId: req.actorId,
    action: "medicine.stock_changed",
    entityType: "Medicine",
    entityId: req.medicineId,
    before: { stock: stockBefore },
    after: {
      stock: stockAfter,
      delta: req.delta,
      reason: req.reason,
      movementId: ids[0]!,
      note: req.note ?? null,
      lots: batches.map((b) => ({ lotNumber: b.lotNumber, delta: b.delta })),
      ...(req.lot ? { expiresAt: req.lot.expiresAt.toISOString() } : {}),
    },
  });
  return { movementId: ids[0]!, stockBefore, stockAfter, batches };
}
