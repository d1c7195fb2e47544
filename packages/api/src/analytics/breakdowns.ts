import { OrderStatus, Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import {
  TOP_SELLERS,
  type CategoryRow,
  type ResolvedRange,
  type SellerRow,
  type StatusRow,
} from "./analytics.schema";
import { placedWithinSql, scopeSql, type AnalyticsScope } from "./definitions";
import { exactNumber } from "./money-number";
import type { AnalyticsSource } from "./rollup-plan";
import { runAggregate } from "./run-aggregate";
import { categoryRowsSql, perSellerLinesSql, perSellerOrdersSql } from "./span-sources";
import { rollupRows } from "./rollup-sources";

type Big = bigint | number | null;

/**
 * Revenue and units per top-level category. A medicine belongs to the root of the category it is
 * in today (recursive walk up the small category tree): the rows per category (from the rollups,
 * a few per category and span) are summed per root.
 */
export async function getRevenueByCategory(
  db: DbOrTx,
  scope: AnalyticsScope,
  range: ResolvedRange,
  source: AnalyticsSource = "raw",
): Promise<CategoryRow[]> {
  const rows = await runAggregate<{ categoryId: string; name: string; revenue: Big; units: Big }[]>(db, Prisma.sql`
    WITH RECURSIVE roots AS (
      SELECT c.id, c.id AS root FROM "Category" c WHERE c."parentId" IS NULL
      UNION ALL
      SELECT c.id, r.root FROM "Category" c JOIN roots r ON c."parentId" = r.id
    ), category_rows AS (
      ${categoryRowsSql(scope, range, source)}
    )
    SELECT r.root AS "categoryId", c.name, SUM(x.revenue)::bigint AS revenue, SUM(x.units)::bigint AS units
    FROM category_rows x
    JOIN roots r ON r.id = x."categoryId"
    JOIN "Category" c ON c.id = r.root
    GROUP BY r.root, c.name
    HAVING SUM(x.units) > 0
    ORDER BY revenue DESC, c.name ASC`);
  return rows.map((r) => ({ categoryId: r.categoryId, name: r.name, revenueCents: exactNumber(r.revenue), units: exactNumber(r.units) }));
}

/** The marketplace's top sellers by revenue: revenue and units from lines, orders from orders. */
export async function getRevenueBySeller(
  db: DbOrTx,
  range: ResolvedRange,
  source: AnalyticsSource = "raw",
): Promise<SellerRow[]> {
  const rows = await runAggregate<{ sellerId: string; storeName: string; revenue: Big; units: Big; orders: Big }[]>(db, Prisma.sql`
    WITH lines AS (
      ${perSellerLinesSql(range, source)}
    ), orders AS (
      ${perSellerOrdersSql(range, source)}
    )
    SELECT orders."sellerId", COALESCE(sp."storeName", u.name) AS "storeName",
           COALESCE(lines.revenue, 0)::bigint AS revenue, COALESCE(lines.units, 0)::bigint AS units, orders.orders
    FROM orders
    LEFT JOIN lines ON lines."sellerId" = orders."sellerId"
    JOIN "user" u ON u.id = orders."sellerId"
    LEFT JOIN "SellerProfile" sp ON sp."userId" = orders."sellerId"
    ORDER BY revenue DESC, orders.orders DESC, orders."sellerId" ASC
    LIMIT ${TOP_SELLERS}`);
  return rows.map((r) => ({
    sellerId: r.sellerId,
    storeName: r.storeName,
    revenueCents: exactNumber(r.revenue),
    orders: exactNumber(r.orders),
    units: exactNumber(r.units),
  }));
}

/** Orders placed in the range by their status today (each seller's order of a checkout counts). */
export async function getOrdersByStatus(
  db: DbOrTx,
  scope: AnalyticsScope,
  range: ResolvedRange,
  source: AnalyticsSource = "raw",
): Promise<StatusRow[]> {
  const rows = await runAggregate<{ status: OrderStatus; orders: Big }[]>(
    db,
    source === "raw"
      ? Prisma.sql`
        SELECT o.status, COUNT(*) AS orders
        FROM "Order" o
        WHERE ${placedWithinSql("order", range.startUtc, range.endUtc)} ${scopeSql("order", scope)}
        GROUP BY o.status`
      : Prisma.sql`
        SELECT h.status, SUM(h.orders) AS orders
        FROM ${rollupRows("AnalyticsHourRollup")} h
        WHERE ${placedWithinSql("hour", range.startUtc, range.endUtc)}
        GROUP BY h.status`,
  );
  const counts = new Map(rows.map((r) => [r.status, exactNumber(r.orders)]));
  return Object.values(OrderStatus).map((status) => ({ status, orders: counts.get(status) ?? 0 }));
}
