import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { BATCH_NOT_FOUND } from "../recall/recall-batch";
import type { BatchQuarantineParams } from "./batch.schema";

/**
 * Quarantine holds a lot back from sale while it is checked (damaged delivery, temperature
 * excursion); release puts it back on sale. Only AVAILABLE <-> QUARANTINED: a recalled or expired
 * lot never comes back this way. The medicine row is locked first, then the lot (the order every
 * stock writer follows), so no checkout can take a unit from a lot being quarantined. Audited.
 * The owning seller only (others, admins included: NOT_FOUND), like every stock change.
 */
export async function quarantineBatch(db: Db, actor: Actor, input: BatchQuarantineParams): Promise<{ id: string; state: string }> {
  return db.$transaction(async (tx) => {
    const [medicine] = await tx.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Medicine" m JOIN "Batch" b ON b."medicineId" = m.id
      WHERE b.id = ${input.batchId} AND m."sellerId" = ${actor.userId}
      FOR UPDATE OF m`;
    if (!medicine) throw new AppError("NOT_FOUND", BATCH_NOT_FOUND);
    const [lot] = await tx.$queryRaw<{ id: string; lotNumber: string; state: string }[]>`
      SELECT id, "lotNumber", state::text AS state FROM "Batch" WHERE id = ${input.batchId} FOR UPDATE`;
    const from = input.quarantine ? "AVAILABLE" : "QUARANTINED";
    const to = input.quarantine ? "QUARANTINED" : "AVAILABLE";
    if (!lot || lot.state !== from) {
      throw new AppError("CONFLICT", `Lot ${lot?.lotNumber ?? ""} is ${lot?.state.toLowerCase() ?? "gone"}: it cannot be ${input.quarantine ? "quarantined" : "released"}.`, {
        reason: "lot_state",
        state: lot?.state ?? null,
      });
    }
    await tx.batch.update({ where: { id: lot.id }, data: { state: to } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.quarantine ? "batch.quarantined" : "batch.released",
      entityType: "Batch",
      entityId: lot.id,
      before: { state: from },
      after: { state: to, lotNumber: lot.lotNumber, medicineId: medicine.id, note: input.note },
    });
    return { id: lot.id, state: to };
  });
}
