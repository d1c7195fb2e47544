import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { getRecall, RECALL_NOT_FOUND, type RecallDetail } from "./get-recall";
import type { RecallCloseParams } from "./recall.schema";

/**
 * Closes a recall once it has been worked through (packs returned, customers contacted), with a
 * note; audited. Closing is a record, not an undo: the lot stays RECALLED and its units stay
 * blocked (written off or returned to the manufacturer through inventory.writeOff). A closed
 * recall cannot be reopened or closed again (CONFLICT); recalls are never deleted.
 */
export async function closeRecall(db: Db, actor: Actor, input: RecallCloseParams): Promise<RecallDetail> {
  await db.$transaction(async (tx) => {
    const scope = actor.role === "ADMIN" ? null : actor.userId;
    const [row] = await tx.$queryRaw<{ id: string; status: string; batchId: string }[]>`
      SELECT id, status::text AS status, "batchId" FROM "Recall"
      WHERE id = ${input.id} AND (${scope}::text IS NULL OR "sellerId" = ${scope}::text)
      FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", RECALL_NOT_FOUND);
    if (row.status !== "OPEN") throw new AppError("CONFLICT", "This recall is already closed.", { reason: "already_closed" });
    const closedAt = new Date();
    await tx.recall.update({ where: { id: row.id }, data: { status: "CLOSED", closedAt, closedById: actor.userId, closeNote: input.note } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "recall.closed",
      entityType: "Recall",
      entityId: row.id,
      before: { status: "OPEN" },
      after: { status: "CLOSED", note: input.note, batchId: row.batchId, lotState: "RECALLED" },
    });
  });
  return getRecall(db, actor, input.id);
}
