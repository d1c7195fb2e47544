import type { Tx } from "@healio/db";

/**
 * Puts a cancelled order's items back in stock through the ledger (reason ORDER_CANCELLED).
 * "Exactly once" is guaranteed by the caller: it runs in the same transaction as the locked
 * PLACED/PROCESSING -> CANCELLED transition, and CANCELLED is terminal. The ledger check below is
 * a second line of defence that makes a repeated call a no-op.
 */
export async function restoreStock(tx: Tx, orderId: string, actorId: string): Promise<void> {
  const already = await tx.stockMovement.count({ where: { orderId, reason: "ORDER_CANCELLED" } });
  if (already > 0) return;
  const items = await tx.orderItem.findMany({ where: { orderId }, select: { medicineId: true, quantity: true } });
  const byMedicine = new Map<string, number>();
  for (const item of items) byMedicine.set(item.medicineId, (byMedicine.get(item.medicineId) ?? 0) + item.quantity);
  // Id order, like the checkout, so a cancel and a checkout never lock the same rows crosswise.
  const sorted = [...byMedicine.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [medicineId, quantity] of sorted) {
    await tx.$executeRaw`UPDATE "Medicine" SET stock = stock + ${quantity}::int, "updatedAt" = now() WHERE id = ${medicineId}`;
  }
  // Units bought at a flash-sale price go back under the sale's cap (same transaction).
  await tx.$executeRaw`
    UPDATE "SaleItem" si SET "soldUnits" = GREATEST(si."soldUnits" - x.units, 0), "updatedAt" = now()
    FROM (SELECT "saleItemId", sum(quantity)::int AS units FROM "OrderItem"
          WHERE "orderId" = ${orderId} AND "saleItemId" IS NOT NULL GROUP BY "saleItemId") x
    WHERE si.id = x."saleItemId"`;
  await tx.stockMovement.createMany({
    data: sorted.map(([medicineId, quantity]) => ({
      medicineId,
      delta: quantity,
      reason: "ORDER_CANCELLED" as const,
      orderId,
      actorId,
    })),
  });
}
