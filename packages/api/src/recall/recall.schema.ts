import { z } from "zod";
import { batchId } from "../batch/batch.schema";
import { plainText } from "../util/text";

const id = z.string().trim().min(1).max(64);
const reason = plainText().min(10, "Say why the lot is recalled (at least 10 characters).").max(1000);

/** Recall one lot: its units are blocked at once, affected customers are mailed. */
export const recallCreateInput = z.strictObject({ batchId, reason });
export type RecallCreateParams = z.output<typeof recallCreateInput>;

export const recallIdInput = z.strictObject({ id });

export const recallListInput = z
  .strictObject({
    status: z.enum(["OPEN", "CLOSED"]).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .prefault({});
export type RecallListParams = z.output<typeof recallListInput>;

/** Closing records that the recall was worked through; it never makes the lot sellable again. */
export const recallCloseInput = z.strictObject({
  id,
  note: plainText().min(10, "Say how the recall was completed (at least 10 characters).").max(1000),
});
export type RecallCloseParams = z.output<typeof recallCloseInput>;
