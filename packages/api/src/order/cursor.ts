import { z } from "zod";
import { AppError } from "../app-error";

/**
 * Keyset cursor over (createdAt DESC, id DESC): opaque base64url JSON, validated on the way in.
 * `r` = 1 while a staff queue is still in its "awaiting prescription review" block (listed first).
 */
const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64), r: z.literal(1).optional() });
export type OrderCursor = { createdAt: Date; id: string; review: boolean };

export function encodeOrderCursor(row: { createdAt: Date; id: string }, review = false): string {
  return Buffer.from(JSON.stringify({ k: row.createdAt.toISOString(), id: row.id, ...(review ? { r: 1 } : {}) }), "utf8").toString(
    "base64url",
  );
}

export function decodeOrderCursor(raw: string): OrderCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  return { createdAt: new Date(result.data.k), id: result.data.id, review: result.data.r === 1 };
}
