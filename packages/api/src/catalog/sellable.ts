import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";

/**
 * THE definition of "sellable", in SQL so every path evaluates it at the same instant against the
 * live tables: the catalogue list and search, the medicine page, the cart, `cart.preview` and
 * `order.place` all compose these fragments; no process keeps the predicate's answer. (Anonymous
 * catalogue answers are kept by the server only until the next write to any table this reads, or
 * the next licence expiry: catalog/catalogue-clock.ts, scripts/serve/response-cache.mjs.)
 *
 * A seller may sell when their profile is APPROVED, their account is not blocked, and their
 * pharmacy licence has not expired. An expired licence counts as suspended from that instant
 * (`now()`), without a job having to run. A listing is sellable when it is ACTIVE and its seller may sell.
 */

/** How a seller stands, for people: `SELLING` is the only state whose listings are sold. */
export type SellerStanding = "SELLING" | "PENDING" | "REJECTED" | "SUSPENDED" | "LICENCE_EXPIRED" | "BLOCKED" | "NO_PROFILE";

/** Why a seller cannot list medicines now, in words a seller understands. */
export const SELLER_STANDING_MESSAGES: Record<Exclude<SellerStanding, "SELLING">, string> = {
  PENDING: "Your seller application is pending: listings can be created once an admin has approved it.",
  REJECTED: "Your seller application was not approved: correct it and apply again from your account page.",
  SUSPENDED: "Your pharmacy is suspended by Healio: your listings are hidden until it is reinstated.",
  LICENCE_EXPIRED: "Your pharmacy licence has expired: your listings are hidden until an admin records the renewed licence.",
  BLOCKED: "This account is suspended.",
  NO_PROFILE: "Your seller profile is missing: apply to sell from your account page.",
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function alias(name: string): Prisma.Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`sellable: invalid SQL alias ${name}`);
  return Prisma.raw(name);
}

/**
 * The standing of a seller as a SQL expression over `"SellerProfile" <sp>` LEFT JOINed to
 * `"user" <u>` (sp columns may be NULL: a user without a profile).
 */
export function sellerStandingSql(sp = "sp", u = "u"): Prisma.Sql {
  const p = alias(sp);
  const user = alias(u);
  return Prisma.sql`CASE
    WHEN ${user}.banned THEN 'BLOCKED'
    WHEN ${p}.status IS NULL THEN 'NO_PROFILE'
    WHEN ${p}.status <> 'APPROVED' THEN ${p}.status::text
    WHEN ${p}."licenceExpiresAt" <= now() THEN 'LICENCE_EXPIRED'
    ELSE 'SELLING' END`;
}

/**
 * Ids of the sellers who may sell right now (a small set: one row per pharmacy): exactly the rows
 * whose standing is SELLING, written as plain conditions rather than `CASE … = 'SELLING'` so the
 * planner can estimate them. Behind a CASE it guessed 2 sellers out of 500, fetched every listing
 * of each seller and sorted them (427 ms for the catalogue root at 100k medicines) instead of
 * walking the catalogue's sort index and stopping after one page.
 */
export const SELLING_SELLER_IDS = Prisma.sql`
  SELECT sp."userId" FROM "SellerProfile" sp JOIN "user" u ON u.id = sp."userId"
  WHERE NOT u.banned AND sp.status = 'APPROVED' AND sp."licenceExpiresAt" > now()`;

/** WHERE fragment: the medicine row `<m>` is sellable now. */
export function sellableListingSql(m = "m"): Prisma.Sql {
  const med = alias(m);
  return Prisma.sql`(${med}.status = 'ACTIVE' AND ${med}."sellerId" IN (${SELLING_SELLER_IDS}))`;
}

/** Whether one seller may sell now, with their standing (listing creation, restore, dashboards). */
export async function sellerStanding(db: DbOrTx, sellerId: string): Promise<SellerStanding> {
  const rows = await db.$queryRaw<{ standing: SellerStanding }[]>`
    SELECT ${sellerStandingSql("sp", "u")} AS standing
    FROM "user" u LEFT JOIN "SellerProfile" sp ON sp."userId" = u.id
    WHERE u.id = ${sellerId}`;
  return rows[0]?.standing ?? "NO_PROFILE";
}

/** The subset of `medicineIds` that is sellable now, in one statement. */
export async function sellableMedicineIds(db: DbOrTx, medicineIds: readonly string[]): Promise<Set<string>> {
  if (medicineIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM "Medicine" m
    WHERE m.id = ANY(${[...medicineIds]}::text[]) AND ${sellableListingSql("m")}`;
  return new Set(rows.map((r) => r.id));
}

/**
 * Batches (issue #11). A lot is sold only while it is AVAILABLE and its expiresAt is still in the
 * future, compared with `now()` (the transaction's start time): a lot is unsellable from the
 * instant it expires, before the write-off job (jobs/write-off-expired.ts) has marked it EXPIRED.
 * RECALLED, QUARANTINED and EXPIRED lots are held stock, never sold.
 */
export function sellableBatchSql(b = "b"): Prisma.Sql {
  const batch = alias(b);
  return Prisma.sql`(${batch}.state = 'AVAILABLE' AND ${batch}."expiresAt" > now() AND ${batch}.quantity > 0)`;
}

/**
 * A medicine's sellable stock: the units of its sellable batches (an int expression over
 * `"Medicine" <m>`). Medicine.stock is all units on hand (every batch, any state) and equals the
 * ledger; what a customer may buy is THIS, in the catalogue, the cart and order.place.
 */
export function sellableStockSql(m = "m"): Prisma.Sql {
  const med = alias(m);
  return Prisma.sql`(SELECT COALESCE(SUM(sb.quantity), 0)::int FROM "Batch" sb
    WHERE sb."medicineId" = ${med}.id AND ${sellableBatchSql("sb")})`;
}
