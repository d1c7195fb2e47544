import { z } from "zod";
import { AppError } from "../app-error";
import type { ReviewSort } from "./review.schema";

/**
 * Keyset cursor of a review page, opaque base64url JSON validated on the way in:
 * newest = (createdAt DESC, id DESC), helpful = (helpfulCount DESC, id DESC).
 */
const cursorSchema = z.discriminatedUnion("s", [
  z.strictObject({ s: z.literal("newest"), k: z.iso.datetime(), id: z.string().min(1).max(64) }),
  z.strictObject({ s: z.literal("helpful"), k: z.number().int().min(0), id: z.string().min(1).max(64) }),
]);
export type ReviewCursor = z.infer<typeof cursorSchema>;

export function encodeReviewCursor(sort: ReviewSort, row: { id: string; createdAt: Date; helpfulCount: number }): string {
  const cursor: ReviewCursor =
    sort === "newest" ? { s: "newest", k: row.createdAt.toISOString(), id: row.id } : { s: "helpful", k: row.helpfulCount, id: row.id };
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

export function decodeReviewCursor(raw: string, sort: ReviewSort): ReviewCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.s !== sort) throw new AppError("BAD_REQUEST", "Invalid cursor.", { field: "cursor" });
  return result.data;
}
