import type { DbOrTx } from "@healio/db";
import { Prisma } from "@healio/db";
import { onCacheChange, watchCacheChanges } from "../cache/cache-events";
import { instant } from "../pricing/live-sale-sql";

/** How long the answer is reused per process and database (one query a second at most). */
const MEMO_MS = 1000;
const memo = new WeakMap<object, { at: number; next: number | null }>();

/**
 * The next instant after `at` at which a catalogue answer changes with no write at all: a flash
 * sale starts or ends (prices), an approved seller's licence expires (their listings stop being
 * sellable, catalog/sellable.ts), or a sellable lot expires (stock and "Expiry" change). Null:
 * none is scheduled. One statement; each part walks an index or a small table.
 */
export async function nextCatalogueClockInstant(db: DbOrTx, at: Date): Promise<Date | null> {
  const t = instant(at);
  const rows = await db.$queryRaw<{ next: Date | null }[]>(Prisma.sql`
    SELECT LEAST(
      (SELECT min("startsAt") FROM "SaleEvent" WHERE "cancelledAt" IS NULL AND "startsAt" > ${t}),
      (SELECT min("endsAt") FROM "SaleEvent" WHERE "cancelledAt" IS NULL AND "endsAt" > ${t}),
      (SELECT min(sp."licenceExpiresAt") FROM "SellerProfile" sp JOIN "user" u ON u.id = sp."userId"
        WHERE sp.status = 'APPROVED' AND NOT u.banned AND sp."licenceExpiresAt" > ${t}),
      (SELECT min(b."expiresAt") FROM "Batch" b WHERE b.state = 'AVAILABLE' AND b.quantity > 0 AND b."expiresAt" > ${t})
    ) AS next`);
  return rows[0]?.next ?? null;
}

/**
 * Milliseconds until the next catalogue clock instant (null: none scheduled). Public catalogue
 * answers are shared (CDN, the server's answer cache) only when no such instant falls within the
 * time they may be kept: a cached page must never show a sale after it ended, or a listing after
 * its seller's licence expired.
 */
export async function msUntilCatalogueClock(db: DbOrTx, now: number = Date.now()): Promise<number | null> {
  watchCacheChanges(db);
  let entry = memo.get(db);
  if (!entry || now - entry.at > MEMO_MS || (entry.next !== null && entry.next <= now)) {
    const next = await nextCatalogueClockInstant(db, new Date(now));
    entry = { at: now, next: next?.getTime() ?? null };
    memo.set(db, entry);
  }
  return entry.next === null ? null : entry.next - now;
}

/**
 * Drops the memo after a write that may bring the next instant closer (a sale scheduled, a licence
 * date or a lot recorded). Every process drops it when the database's notification arrives
 * (cache/cache-events.ts), and within MEMO_MS regardless.
 */
export function forgetCatalogueClock(db: object): void {
  memo.delete(db);
}
onCacheChange("catalogue-clock", forgetCatalogueClock);
