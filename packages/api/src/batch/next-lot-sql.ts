import { Prisma } from "@healio/db";
import { sellableBatchSql } from "../catalog/sellable";

/**
 * The expiry of the lot a customer would receive first, for the medicine row aliased
 * `medicineAlias` (a scalar expression; NULL when no lot is sellable). Checkout takes units from
 * the sellable lots earliest expiry first, ties by id (FEFO: the `candidate` step of
 * checkout/create-orders.ts), so every unit of an order placed now expires on or after this
 * instant. next-lot.test.ts checks it against the lots an order really took.
 */
export function nextLotExpirySql(medicineAlias: string): Prisma.Sql {
  const m = Prisma.raw(medicineAlias);
  return Prisma.sql`(SELECT nb."expiresAt" FROM "Batch" nb
    WHERE nb."medicineId" = ${m}.id AND ${sellableBatchSql("nb")}
    ORDER BY nb."expiresAt", nb.id LIMIT 1)`;
}
