import { Prisma, type DbOrTx } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { sellableBatchSql } from "../catalog/sellable";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import { assertListingAccess } from "../listing/listing-access";
import type { BatchListParams, ExpiringParams } from "./batch.schema";
import type { BatchView, ExpiringBatchView } from "./batch-view";

type BatchRow = Omit<BatchView, "recall"> & { recallId: string | null; recallStatus: "OPEN" | "CLOSED" | null; recallAt: Date | null };

/** Every lot of a medicine, earliest expiry first: its owner, or any admin; others NOT_FOUND. */
export async function listBatches(db: DbOrTx, actor: Actor, input: BatchListParams): Promise<BatchView[]> {
  await assertListingAccess(db, actor, input.medicineId, "ownerOrAdmin");
  const rows = await db.$queryRaw<BatchRow[]>`
    SELECT b.id, b."lotNumber", b."expiresAt", b.quantity, b.state, ${sellableBatchSql("b")} AS sellable,
           r.id AS "recallId", r.status AS "recallStatus", r."createdAt" AS "recallAt"
    FROM "Batch" b LEFT JOIN "Recall" r ON r."batchId" = b.id
    WHERE b."medicineId" = ${input.medicineId}
    ORDER BY b."expiresAt", b.id`;
  return rows.map(({ recallId, recallStatus, recallAt, ...b }) => ({
    ...b,
    recall: recallId && recallStatus && recallAt ? { id: recallId, status: recallStatus, createdAt: recallAt } : null,
  }));
}

const expiringCursor = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

/**
 * Lots still on sale (AVAILABLE, units left, not yet expired) that expire within `withinDays`,
 * soonest first, keyset-paginated: the seller's own, or every seller's for an admin.
 */
export async function listExpiringBatches(
  db: DbOrTx,
  actor: Actor,
  input: ExpiringParams,
): Promise<{ items: ExpiringBatchView[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeKeyset(input.cursor, expiringCursor) : null;
  const sellerId = actor.role === "ADMIN" ? null : actor.userId;
  const rows = await db.$queryRaw<
    { id: string; lotNumber: string; expiresAt: Date; quantity: number; medicineId: string; name: string; strength: string; slug: string; sellerId: string; storeName: string }[]
  >`
    SELECT b.id, b."lotNumber", b."expiresAt", b.quantity, m.id AS "medicineId", m.name, m.strength, m.slug,
           m."sellerId", COALESCE(sp."storeName", u.name) AS "storeName"
    FROM "Batch" b
    JOIN "Medicine" m ON m.id = b."medicineId"
    JOIN "user" u ON u.id = m."sellerId"
    LEFT JOIN "SellerProfile" sp ON sp."userId" = m."sellerId"
    WHERE ${sellableBatchSql("b")}
      AND b."expiresAt" <= now() + make_interval(days => ${input.withinDays}::int)
      AND (${sellerId}::text IS NULL OR m."sellerId" = ${sellerId}::text)
      ${after ? Prisma.sql`AND (b."expiresAt", b.id) > (${new Date(after.k)}::timestamptz, ${after.id})` : Prisma.empty}
    ORDER BY b."expiresAt", b.id
    LIMIT ${input.limit + 1}`;
  const views: ExpiringBatchView[] = rows.map((r) => ({
    id: r.id,
    lotNumber: r.lotNumber,
    expiresAt: r.expiresAt,
    quantity: r.quantity,
    medicine: { id: r.medicineId, name: r.name, strength: r.strength, slug: r.slug },
    seller: { id: r.sellerId, storeName: r.storeName },
  }));
  return pageOf(views, input.limit, (last) => ({ k: last.expiresAt.toISOString(), id: last.id }));
}
