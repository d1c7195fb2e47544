import type { Tx } from "@healio/db";

/**
 * A cancelled order did not dispense: its prescription gets the use back. Called in the same
 * transaction as the locked transition to CANCELLED (terminal), so at most once per order.
 */
export async function returnPrescriptionUse(tx: Tx, prescriptionId: string | null): Promise<void> {
  if (!prescriptionId) return;
  await tx.$executeRaw`
    UPDATE "Prescription" SET "usesCount" = "usesCount" - 1 WHERE id = ${prescriptionId} AND "usesCount" > 0`;
}
