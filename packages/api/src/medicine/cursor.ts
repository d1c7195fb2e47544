import { z } from "zod";
import { AppError } from "../app-error";
import type { MedicineSort } from "./medicine.schema";

/**
 * Keyset cursor: the sort key of the last item on the page plus its id (the tie-breaker), and
 * the sort it belongs to. Opaque to clients: base64url(JSON). Decoding validates everything, so a
 * tampered or stale cursor is a BAD_REQUEST, never a SQL error.
 */
const cursorSchema = z.discriminatedUnion("s", [
  z.strictObject({ s: z.literal("newest"), k: z.iso.datetime(), id: z.string().min(1).max(64) }),
  z.strictObject({ s: z.literal("price_asc"), k: z.number().int().min(0), id: z.string().min(1).max(64) }),
  z.strictObject({ s: z.literal("price_desc"), k: z.number().int().min(0), id: z.string().min(1).max(64) }),
]);
export type MedicineCursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: MedicineCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

export function decodeCursor(raw: string, sort: MedicineSort): MedicineCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.s !== sort) {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  return result.data;
}
