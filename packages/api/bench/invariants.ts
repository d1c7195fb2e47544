import pg from "pg";

/**
 * The money and stock invariants, checked in SQL after every load (and fault) run. Each query
 * counts violations; all must be 0.
 */
export const INVARIANTS: { name: string; sql: string }[] = [
  { name: "no negative stock", sql: `SELECT count(*) FROM "Medicine" WHERE stock < 0` },
  {
    name: "stock equals its ledger (per medicine)",
    sql: `SELECT count(*) FROM "Medicine" m
          LEFT JOIN (SELECT "medicineId", sum(delta) AS total FROM "StockMovement" GROUP BY "medicineId") l ON l."medicineId" = m.id
          WHERE m.stock <> COALESCE(l.total, 0)`,
  },
  { name: "no negative batch", sql: `SELECT count(*) FROM "Batch" WHERE quantity < 0` },
  {
    name: "stock equals the sum of its batches (per medicine)",
    sql: `SELECT count(*) FROM "Medicine" m
          LEFT JOIN (SELECT "medicineId", sum(quantity) AS total FROM "Batch" GROUP BY "medicineId") b ON b."medicineId" = m.id
          WHERE m.stock <> COALESCE(b.total, 0)`,
  },
  {
    name: "each batch equals its ledger",
    sql: `SELECT count(*) FROM "Batch" b
          LEFT JOIN (SELECT "batchId", sum(delta) AS total FROM "StockMovement" GROUP BY "batchId") l ON l."batchId" = b.id
          WHERE b.quantity <> COALESCE(l.total, 0)`,
  },
  {
    name: "every line's units come from batches",
    sql: `SELECT count(*) FROM "OrderItem" oi
          LEFT JOIN (SELECT "orderItemId", sum(quantity) AS total FROM "OrderItemBatch" GROUP BY "orderItemId") a ON a."orderItemId" = oi.id
          WHERE oi.quantity <> COALESCE(a.total, 0)`,
  },
  {
    name: "order totals equal their lines",
    sql: `SELECT count(*) FROM "Order" o
          JOIN (SELECT "orderId", sum("lineTotalCents") AS lines, sum("discountCents") AS discounts FROM "OrderItem" GROUP BY "orderId") i
            ON i."orderId" = o.id
          WHERE o."subtotalCents" - o."discountCents" <> i.lines
             OR o."totalCents" <> o."subtotalCents" - o."discountCents" + o."shippingCents"`,
  },
  { name: "no order without lines", sql: `SELECT count(*) FROM "Order" o WHERE NOT EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o.id)` },
  {
    name: "every line's quantity within 1..99",
    sql: `SELECT count(*) FROM "OrderItem" WHERE quantity < 1 OR quantity > 99`,
  },
  // No half-done checkout: the key row, the orders and the stored answer commit together, so a
  // committed key without its answer, or an answer whose checkout has no orders, is a partial write.
  {
    name: "every committed idempotency key has its stored answer",
    sql: `SELECT count(*) FROM "IdempotencyKey" WHERE response IS NULL OR "checkoutId" IS NULL`,
  },
  {
    name: "every answered checkout has its orders",
    sql: `SELECT count(*) FROM "IdempotencyKey" k
          WHERE NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."checkoutId" = k."checkoutId")`,
  },
];

export type InvariantResult = { name: string; violations: number };

export async function checkInvariants(url: string): Promise<InvariantResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: InvariantResult[] = [];
    for (const inv of INVARIANTS) {
      const { rows } = await client.query<{ count: string }>(inv.sql);
      out.push({ name: inv.name, violations: Number(rows[0]!.count) });
    }
    return out;
  } finally {
    await client.end();
  }
}
