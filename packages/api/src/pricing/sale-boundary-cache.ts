import type { DbOrTx } from "@healio/db";
import { onCacheChange, watchCacheChanges } from "../cache/cache-events";
import { nextSaleBoundary } from "./live-sale-sql";

/** How long the next-boundary answer is reused per process and database (one query a second at most). */
const MEMO_MS = 1000;
const memo = new WeakMap<object, { at: number; next: number | null }>();

/**
 * Milliseconds until the next flash-sale start or end (null: none scheduled). Used to keep public
 * catalogue answers out of shared caches when they could outlive a price change: a cached page
 * must never show a sale after it ended, or miss one that started.
 */
export async function msUntilNextSaleBoundary(db: DbOrTx, now: number = Date.now()): Promise<number | null> {
  watchCacheChanges(db);
  let entry = memo.get(db);
  if (!entry || now - entry.at > MEMO_MS || (entry.next !== null && entry.next <= now)) {
    const next = await nextSaleBoundary(db, new Date(now));
    entry = { at: now, next: next?.getTime() ?? null };
    memo.set(db, entry);
  }
  return entry.next === null ? null : entry.next - now;
}

/**
 * Drops the memo after a sale's schedule changed. Other processes drop theirs when the sale
 * mutation's notification arrives (trpc.ts publishes "sale-boundary", cache/cache-events.ts), or
 * within MEMO_MS.
 */
export function forgetSaleBoundary(db: object): void {
  memo.delete(db);
}
onCacheChange("sale-boundary", forgetSaleBoundary);
