import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { DashboardFigures, ResolvedRange } from "./analytics.schema";
import {
  countedSql,
  LINE_REVENUE,
  placedSinceSql,
  placedWithinSql,
  scopeSql,
  utcTimestamp,
  type AnalyticsScope,
} from "./definitions";
import { averageCents, exactNumber } from "./money-number";
import type { AnalyticsSource } from "./rollup-plan";
import { runAggregate } from "./run-aggregate";
import { rollupRows } from "./rollup-sources";

type Big = bigint | number | null;
type HeadlineRow = {
  revenueCur: Big; revenuePrev: Big; unitsCur: Big; unitsPrev: Big;
  ordersCur: Big; ordersPrev: Big; shippingCur: Big; shippingPrev: Big;
  placedCur: Big; placedPrev: Big; cancelledCur: Big; cancelledPrev: Big;
};

/**
 * Revenue, units, orders, shipping, placed and cancelled orders of the range AND of the previous
 * period, in one statement: line sums come from an index-only range scan of the order lines
 * (OrderItem_analytics_idx), order counts from one of the orders (Order_analytics_idx); each
 * period is a FILTER of the same scan.
 */
async function headlineSums(db: DbOrTx, scope: AnalyticsScope, range: ResolvedRange): Promise<HeadlineRow> {
  const lineCur = placedSinceSql("line", range.startUtc);
  const orderCur = placedSinceSql("order", range.startUtc);
  const counted = countedSql("order", range.basis);
  const [row] = await runAggregate<HeadlineRow[]>(db, Prisma.sql`
    SELECT l.*, o.*
    FROM (
      SELECT COALESCE(SUM(${LINE_REVENUE}) FILTER (WHERE ${lineCur}), 0)::bigint AS "revenueCur",
             COALESCE(SUM(${LINE_REVENUE}) FILTER (WHERE NOT ${lineCur}), 0)::bigint AS "revenuePrev",
             COALESCE(SUM(i.quantity) FILTER (WHERE ${lineCur}), 0)::bigint AS "unitsCur",
             COALESCE(SUM(i.quantity) FILTER (WHERE NOT ${lineCur}), 0)::bigint AS "unitsPrev"
      FROM "OrderItem" i
      WHERE ${placedWithinSql("line", range.previousStartUtc, range.endUtc)}
        AND ${countedSql("line", range.basis)} ${scopeSql("line", scope)}
    ) l CROSS JOIN (
      SELECT COUNT(DISTINCT o."checkoutId") FILTER (WHERE ${counted} AND ${orderCur}) AS "ordersCur",
             COUNT(DISTINCT o."checkoutId") FILTER (WHERE ${counted} AND NOT ${orderCur}) AS "ordersPrev",
             COALESCE(SUM(o."shippingCents") FILTER (WHERE ${counted} AND ${orderCur}), 0)::bigint AS "shippingCur",
             COALESCE(SUM(o."shippingCents") FILTER (WHERE ${counted} AND NOT ${orderCur}), 0)::bigint AS "shippingPrev",
             COUNT(*) FILTER (WHERE ${orderCur}) AS "placedCur",
             COUNT(*) FILTER (WHERE NOT ${orderCur}) AS "placedPrev",
             COUNT(*) FILTER (WHERE o.status = 'CANCELLED' AND ${orderCur}) AS "cancelledCur",
             COUNT(*) FILTER (WHERE o.status = 'CANCELLED' AND NOT ${orderCur}) AS "cancelledPrev"
      FROM "Order" o
      WHERE ${placedWithinSql("order", range.previousStartUtc, range.endUtc)} ${scopeSql("order", scope)}
    ) o`);
  if (!row) throw new Error("headlineSums: no row");
  return row;
}

/**
 * The same row from the marketplace rollups (rollup-plan.ts): line and order sums from the hourly
 * rollup, checkouts from the hourly checkout rollup (a checkout with any counted order counts once).
 * The hours are first summed per (status or status mask, period): the basis and period filters
 * then apply to a dozen rows instead of every hour (4x less CPU than FILTERs over the hours).
 */
async function rollupHeadlineSums(db: DbOrTx, range: ResolvedRange): Promise<HeadlineRow> {
  const counted = countedSql("hour", range.basis);
  const sum = (column: string, name: string, where: Prisma.Sql) =>
    Prisma.sql`COALESCE(SUM(h.${Prisma.raw(column)}) FILTER (WHERE ${where} AND h.cur), 0)::bigint AS ${Prisma.raw(`"${name}Cur"`)},
               COALESCE(SUM(h.${Prisma.raw(column)}) FILTER (WHERE ${where} AND NOT h.cur), 0)::bigint AS ${Prisma.raw(`"${name}Prev"`)}`;
  const [row] = await runAggregate<HeadlineRow[]>(db, Prisma.sql`
    WITH h AS (
      SELECT h.status, ${placedSinceSql("hour", range.startUtc)} AS cur, SUM(h."revenueCents") AS "revenueCents",
             SUM(h.units) AS units, SUM(h."shippingCents") AS "shippingCents", SUM(h.orders) AS orders
      FROM ${rollupRows("AnalyticsHourRollup")} h
      WHERE ${placedWithinSql("hour", range.previousStartUtc, range.endUtc)}
      GROUP BY 1, 2
    ), c AS (
      SELECT c."statusMask", ${placedSinceSql("checkout", range.startUtc)} AS cur, SUM(c.checkouts) AS checkouts
      FROM ${rollupRows("AnalyticsCheckoutHourRollup")} c
      WHERE ${placedWithinSql("checkout", range.previousStartUtc, range.endUtc)}
      GROUP BY 1, 2
    )
    SELECT hs.*, cs.*
    FROM (
      SELECT ${sum(`"revenueCents"`, "revenue", counted)}, ${sum("units", "units", counted)},
             ${sum(`"shippingCents"`, "shipping", counted)}, ${sum("orders", "placed", Prisma.sql`TRUE`)},
             ${sum("orders", "cancelled", Prisma.sql`h.status = 'CANCELLED'`)}
      FROM h
    ) hs CROSS JOIN (
      SELECT COALESCE(SUM(c.checkouts) FILTER (WHERE ${countedSql("checkout", range.basis)} AND c.cur), 0)::bigint AS "ordersCur",
             COALESCE(SUM(c.checkouts) FILTER (WHERE ${countedSql("checkout", range.basis)} AND NOT c.cur), 0)::bigint AS "ordersPrev"
      FROM c
    ) cs`);
  if (!row) throw new Error("rollupHeadlineSums: no row");
  return row;
}

/**
 * New customers of both periods. Marketplace: customer accounts created in the period (the sign-up
 * is the acquisition; index on user.createdAt). Seller: customers whose first order from that
 * seller was placed in the period (an anti-join on Order_seller_customer_idx).
 */
async function newCustomers(db: DbOrTx, scope: AnalyticsScope, range: ResolvedRange) {
  const start = utcTimestamp(range.startUtc);
  const previousStart = utcTimestamp(range.previousStartUtc);
  const end = utcTimestamp(range.endUtc);
  const sql =
    scope.kind === "marketplace"
      ? Prisma.sql`
        SELECT COUNT(*) FILTER (WHERE u."createdAt" >= ${start}) AS cur,
               COUNT(*) FILTER (WHERE u."createdAt" < ${start}) AS prev
        FROM "user" u
        WHERE u.role = 'CUSTOMER' AND u."createdAt" >= ${previousStart} AND u."createdAt" < ${end}`
      : Prisma.sql`
        SELECT COUNT(*) FILTER (WHERE c.first >= ${start}) AS cur,
               COUNT(*) FILTER (WHERE c.first < ${start}) AS prev
        FROM (
          SELECT o."customerId", MIN(o."createdAt") AS first
          FROM "Order" o
          WHERE o."sellerId" = ${scope.sellerId} AND o."createdAt" >= ${previousStart} AND o."createdAt" < ${end}
          GROUP BY o."customerId"
        ) c
        WHERE NOT EXISTS (
          SELECT 1 FROM "Order" e
          WHERE e."sellerId" = ${scope.sellerId} AND e."customerId" = c."customerId" AND e."createdAt" < ${previousStart}
        )`;
  const [row] = await runAggregate<{ cur: Big; prev: Big }[]>(db, sql);
  return { current: exactNumber(row?.cur), previous: exactNumber(row?.prev) };
}

function rate(cancelled: number, placed: number): number | null {
  return placed === 0 ? null : cancelled / placed;
}

export async function getHeadlineFigures(
  db: DbOrTx,
  scope: AnalyticsScope,
  range: ResolvedRange,
  source: AnalyticsSource = "raw",
): Promise<DashboardFigures> {
  const [sums, customers] = await Promise.all([
    source === "rollup" ? rollupHeadlineSums(db, range) : headlineSums(db, scope, range),
    newCustomers(db, scope, range),
  ]);
  const revenue = { current: exactNumber(sums.revenueCur), previous: exactNumber(sums.revenuePrev) };
  const orders = { current: exactNumber(sums.ordersCur), previous: exactNumber(sums.ordersPrev) };
  const placed = { current: exactNumber(sums.placedCur), previous: exactNumber(sums.placedPrev) };
  const cancelled = { current: exactNumber(sums.cancelledCur), previous: exactNumber(sums.cancelledPrev) };
  return {
    revenueCents: revenue,
    orders,
    units: { current: exactNumber(sums.unitsCur), previous: exactNumber(sums.unitsPrev) },
    averageOrderValueCents: {
      current: averageCents(revenue.current, orders.current),
      previous: averageCents(revenue.previous, orders.previous),
    },
    newCustomers: customers,
    cancellationRate: { current: rate(cancelled.current, placed.current), previous: rate(cancelled.previous, placed.previous) },
    cancelledOrders: cancelled,
    placedOrders: placed,
    shippingCents: { current: exactNumber(sums.shippingCur), previous: exactNumber(sums.shippingPrev) },
  };
}
