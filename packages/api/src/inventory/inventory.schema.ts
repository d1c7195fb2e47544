import { z } from "zod";
import { batchId, expiresAt, lotNumber } from "../batch/batch.schema";
import { MAX_STOCK } from "../listing/listing.schema";

const id = z.string().trim().min(1).max(64);
const quantity = z.number().int("Quantity must be a whole number.").min(1, "Quantity must be at least 1.").max(MAX_STOCK);
const note = z.string().trim().max(500);

/**
 * Goods received: one lot (lot number + expiry as printed on the pack) goes up by `quantity`
 * (reason RESTOCK). A new lot number creates the batch; a known one must carry the same expiry.
 */
export const restockInput = z.strictObject({ medicineId: id, quantity, lotNumber, expiresAt, note: note.optional() });
export type RestockInput = z.output<typeof restockInput>;

/** A stock count found a difference: `delta` may be negative or positive (reason CORRECTION). */
export const correctionInput = z.strictObject({
  medicineId: id,
  /** The lot counted; without it units leave earliest-expiry-first / arrive in the latest lot. */
  batchId: batchId.optional(),
  delta: z
    .number()
    .int("Delta must be a whole number.")
    .min(-MAX_STOCK)
    .max(MAX_STOCK)
    .refine((d) => d !== 0, "Delta must not be 0."),
  /** Why the count differed; required so the ledger explains itself. */
  note: note.min(3, "Explain the correction (at least 3 characters)."),
});
export type CorrectionInput = z.output<typeof correctionInput>;

/** Damaged or expired packs leave stock (reason WRITE_OFF_DAMAGE / WRITE_OFF_EXPIRY). */
export const writeOffInput = z.strictObject({
  medicineId: id,
  quantity,
  kind: z.enum(["damage", "expiry"]),
  /** The lot written off; without it units leave earliest-expiry-first. */
  batchId: batchId.optional(),
  note: note.optional(),
});
export type WriteOffInput = z.output<typeof writeOffInput>;

export const lowStockInput = z
  .strictObject({
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .prefault({});
export type LowStockParams = z.output<typeof lowStockInput>;

export const movementsInput = z.strictObject({
  medicineId: id,
  cursor: z.string().min(1).max(512).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type MovementsParams = z.output<typeof movementsInput>;
