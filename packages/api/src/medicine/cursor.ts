import { z } from "zod";
import { AppError } from "../app-error";
import type { EffectiveSort } from "./medicine-list-sql";

/**
 * Keyset cursor: the sort key of the last item on the page plus its id (the tie-breaker), and
 * the sort it belongs to. Opaque to clients: base64url(JSON). Decoding validates everything, so a
 * tampered or stale cursor is a BAD_REQUEST, never a SQL error.
 */
const id = z.string().min(1).max(64);
/** Fits Postgres int: a crafted cursor must be a BAD_REQUEST, not an "integer out of range" 500. */
const int4 = z.number().int().min(0).max(2_147_483_647);
const cursorSchema = z.discriminatedUnion("s", [
  z.strictObject({ s: z.literal("newest"), k: z.iso.datetime(), id }),
  z.strictObject({ s: z.literal("price_asc"), k: int4, id }),
  z.strictObject({ s: z.literal("price_desc"), k: int4, id }),
  // numeric(3,2) as its exact text, e.g. "4.50".
  z.strictObject({ s: z.literal("rating"), k: z.string().regex(/^\d\.\d{2}$/), id }),
  // Integer relevance score (see medicine-list-sql.ts), exact across pages.
  z.strictObject({ s: z.literal("relevance"), k: int4, id }),
]);
export type MedicineCursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: MedicineCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

export function decodeCursor(raw: string, sort: EffectiveSort): MedicineCursor {
  let parsed: unknown;
  try {
    const text = Buffer.from(raw, "base64url").toString("utf8");
    // Postgres text cannot hold NUL: refuse it here rather than fail in the query.
    if (text.includes("\u0000") || text.includes("\\u0000")) throw new Error("NUL");
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.s !== sort) {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  return result.data;
}
