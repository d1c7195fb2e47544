import type { z } from "zod";
import { AppError } from "../app-error";

/**
 * Opaque keyset cursors for the console lists (own listings, low stock, ledger, audit history):
 * base64url(JSON) of the last row's sort key and id. Decoding validates with the caller's schema,
 * so a tampered or stale cursor is a BAD_REQUEST, never a SQL error.
 */
export function encodeKeyset(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeKeyset<S extends z.ZodType>(raw: string, schema: S): z.output<S> {
  let parsed: unknown;
  try {
    const text = Buffer.from(raw, "base64url").toString("utf8");
    // Postgres text cannot hold NUL: refuse it here rather than fail in the query.
    if (text.includes("\u0000") || text.includes("\\u0000")) throw new Error("NUL");
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  return result.data;
}

/** Keeps `limit` rows and returns the cursor of the last one when a further row was fetched. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (last: T) => unknown): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeKeyset(cursorOf(last)) : null };
}
