import type { Db, StockMovementReason } from "@healio/db";
import type { Actor } from "../actor";
import type { LotInput } from "../batch/batch.schema";
import { applyStockMovement, type StockMovementResult } from "./apply-stock-movement";
import type { CorrectionInput, RestockInput, WriteOffInput } from "./inventory.schema";

export type StockChange = StockMovementResult & { medicineId: string; delta: number; reason: StockMovementReason };

/** One transaction per movement; only the owning seller may move a listing's stock. */
async function move(
  db: Db,
  actor: Actor,
  medicineId: string,
  delta: number,
  reason: StockMovementReason,
  note: string | undefined,
  target: { lot?: LotInput; batchId?: string | undefined } = {},
): Promise<StockChange> {
  const result = await db.$transaction((tx) =>
    applyStockMovement(tx, {
      medicineId,
      sellerId: actor.userId,
      delta,
      reason,
      actorId: actor.userId,
      note: note ?? null,
      ...(target.lot ? { lot: target.lot } : {}),
      ...(target.batchId ? { batchId: target.batchId } : {}),
    }),
  );
  return { ...result, medicineId, delta, reason };
}

export function restock(db: Db, actor: Actor, input: RestockInput): Promise<StockChange> {
  return move(db, actor, input.medicineId, input.quantity, "RESTOCK", input.note, {
    lot: { lotNumber: input.lotNumber, expiresAt: input.expiresAt },
  });
}

export function correctStock(db: Db, actor: Actor, input: CorrectionInput): Promise<StockChange> {
  return move(db, actor, input.medicineId, input.delta, "CORRECTION", input.note, { batchId: input.batchId });
}

export function writeOffStock(db: Db, actor: Actor, input: WriteOffInput): Promise<StockChange> {
  const reason = input.kind === "damage" ? "WRITE_OFF_DAMAGE" : "WRITE_OFF_EXPIRY";
  return move(db, actor, input.medicineId, -input.quantity, reason, input.note, { batchId: input.batchId });
}
