import type { Tx } from "@healio/db";

type Returned = { batchId: string; medicineId: string; quantity: number };

/**
 * Puts a cancelled order's items back in stock through the ledger (reason ORDER_CANCELLED), into
 * the very batches the checkout took them from (OrderItemBatch): a unit of lot A never comes back
 * as lot B. A lot recalled or expired meanwhile gets its units back too, and they stay blocked
 * there (not sellable) — the recall or write-off then accounts for them.
 * "Exactly once" is guaranteed by the caller: it runs in the same transaction as the locked
 * PLACED/PROCESSING -> CANCELLED transition, and CANCELLED is terminal. The ledger check below is
 * a second line of defence that makes a repeated call a no-op.
 */
export async function restoreStock(tx: Tx, orderId: string, actorId: string): Promise<void> {
  const already = await tx.stockMovement.count({ where: { orderId, reason: "ORDER_CANCELLED" } });
  if (already > 0) return;
  const returned = await tx.$queryRaw<Returned[]>`
    SELECT oib."batchId", oi."medicineId", SUM(oib.quantity)::int AS quantity
    FROM "OrderItemBatch" oib JOIN "OrderItem" oi ON oi.id = oib."orderItemId"
    WHERE oi."orderId" = ${orderId}
    GROUP BY oib."batchId", oi."medicineId"
    ORDER BY oi."medicineId", oib."batchId"`;
  const byMedicine = new Map<string, number>();
  for (const r of returned) byMedicine.set(r.medicineId, (byMedicine.get(r.medicineId) ?? 0) + r.quantity);
  // Id order, like the checkout, so a cancel and a checkout never lock the same rows crosswise;
  // the medicine rows first, then their batches (the order every batch writer follows).
  for (const [medicineId, quantity] of byMedicine) {
    await tx.$executeRaw`UPDATE "Medicine" SET stock = stock + ${quantity}::int, "updatedAt" = now() WHERE id = ${medicineId}`;
  }
  if (returned.length > 0) {
    await tx.$executeRaw`
      UPDATE "Batch" b SET quantity = b.quantity + r.quantity, "updatedAt" = now()
      FROM unnest(${returned.map((r) => r.batchId)}::text[], ${returned.map((r) => r.quantity)}::int[]) AS r (id, quantity)
      WHERE b.id = r.id`;
  }
  // Units bought at a flash-sale price go back under the sale's cap (same transaction).
  await tx.$executeRaw`
    UPDATE "SaleItem" si SET "soldUnits" = GREATEST(si."soldUnits" - x.units, 0), "updatedAt" = now()
    FROM (SELECT "saleItemId", sum(quantity)::int AS units FROM "OrderItem"
          WHERE "orderId" = ${orderId} AND "saleItemId" IS NOT NULL GROUP BY "saleItemId") x
    WHERE si.id = x."saleItemId"`;
  await tx.stockMovement.createMany({
    data: returned.map((r) => ({
      medicineId: r.medicineId,
      batchId: r.batchId,
      delta: r.quantity,
      reason: "ORDER_CANCELLED" as const,
      orderId,
      actorId,
    })),
  });
}
