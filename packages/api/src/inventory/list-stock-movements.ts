import type { DbOrTx, StockMovementReason } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import { assertListingAccess } from "../listing/listing-access";
import type { MovementsParams } from "./inventory.schema";

export type StockMovementView = {
  id: string;
  delta: number;
  reason: StockMovementReason;
  note: string | null;
  orderId: string | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
};

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

/** A listing's stock ledger, newest first (owner or admin), keyset on (createdAt DESC, id DESC). */
export async function listStockMovements(
  db: DbOrTx,
  actor: Actor,
  input: MovementsParams,
): Promise<{ items: StockMovementView[]; nextCursor: string | null }> {
  await assertListingAccess(db, actor, input.medicineId, "ownerOrAdmin");
  const cursor = input.cursor ? decodeKeyset(input.cursor, cursorSchema) : null;
  const at = cursor ? new Date(cursor.k) : null;
  const rows = await db.stockMovement.findMany({
    where: {
      medicineId: input.medicineId,
      ...(cursor && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      delta: true,
      reason: true,
      note: true,
      orderId: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
    },
  });
  return pageOf(rows, input.limit, (last) => ({ k: last.createdAt.toISOString(), id: last.id }));
}
