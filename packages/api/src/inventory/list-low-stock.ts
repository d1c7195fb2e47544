import type { DbOrTx } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import type { LowStockParams } from "./inventory.schema";

export type LowStockItem = {
  id: string;
  slug: string;
  name: string;
  strength: string;
  stock: number;
  lowStockThreshold: number;
};

const cursorSchema = z.strictObject({ k: z.number().int().min(0).max(2_147_483_647), id: z.string().min(1).max(64) });

/**
 * The caller's ACTIVE listings with stock <= their own threshold (the same rule as the seller
 * dashboard count), emptiest first, keyset paginated on (stock, id).
 */
export async function listLowStock(
  db: DbOrTx,
  actor: Actor,
  input: LowStockParams,
): Promise<{ items: LowStockItem[]; nextCursor: string | null }> {
  const cursor = input.cursor ? decodeKeyset(input.cursor, cursorSchema) : null;
  const rows = await db.medicine.findMany({
    where: {
      sellerId: actor.userId,
      status: "ACTIVE",
      stock: { lte: db.medicine.fields.lowStockThreshold },
      ...(cursor ? { OR: [{ stock: { gt: cursor.k } }, { stock: cursor.k, id: { gt: cursor.id } }] } : {}),
    },
    orderBy: [{ stock: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: { id: true, slug: true, name: true, strength: true, stock: true, lowStockThreshold: true },
  });
  return pageOf(rows, input.limit, (last) => ({ k: last.stock, id: last.id }));
}
