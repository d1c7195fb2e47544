import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { DayPoint, ResolvedRange } from "./analytics.schema";
import { countedSql, LINE_REVENUE, localDaySql, placedWithinSql, scopeSql, type AnalyticsScope } from "./definitions";
import { exactNumber } from "./money-number";
import type { AnalyticsSource } from "./rollup-plan";
import { runAggregate } from "./run-aggregate";
import { rollupRows } from "./rollup-sources";

type Row = { date: string; revenue: bigint | number; units: bigint | number; orders: bigint | number };

/**
 * Revenue, units and orders per calendar day of the range in the store's time zone. Every day of
 * the range is present (generate_series), days without sales as zeros, so the chart's x axis is
 * continuous.
 */
export async function getRevenueByDay(
  db: DbOrTx,
  scope: AnalyticsScope,
  range: ResolvedRange,
  source: AnalyticsSource = "raw",
): Promise<DayPoint[]> {
  const [lines, orders] = source === "raw" ? rawSums(scope, range) : rollupSums(range);
  const rows = await runAggregate<Row[]>(db, Prisma.sql`
    WITH days AS (
      SELECT d::date AS day FROM generate_series(${range.from}::date, ${range.to}::date, interval '1 day') AS d
    ), lines AS (
      ${lines}
    ), orders AS (
      ${orders}
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS date,
           COALESCE(lines.revenue, 0)::bigint AS revenue,
           COALESCE(lines.units, 0)::bigint AS units,
           COALESCE(orders.orders, 0)::bigint AS orders
    FROM days
    LEFT JOIN lines ON lines.day = days.day
    LEFT JOIN orders ON orders.day = days.day
    ORDER BY days.day`);
  return rows.map((r) => ({
    date: r.date,
    revenueCents: exactNumber(r.revenue),
    units: exactNumber(r.units),
    orders: exactNumber(r.orders),
  }));
}

/** (day, revenue, units) of counted lines and (day, orders) of counted checkouts, from the raw rows. */
function rawSums(scope: AnalyticsScope, range: ResolvedRange): [Prisma.Sql, Prisma.Sql] {
  const tz = range.timeZone;
  return [
    Prisma.sql`SELECT ${localDaySql("line", tz)} AS day, SUM(${LINE_REVENUE}) AS revenue, SUM(i.quantity) AS units
      FROM "OrderItem" i
      WHERE ${placedWithinSql("line", range.startUtc, range.endUtc)} AND ${countedSql("line", range.basis)}
        ${scopeSql("line", scope)}
      GROUP BY 1`,
    Prisma.sql`SELECT ${localDaySql("order", tz)} AS day, COUNT(DISTINCT o."checkoutId") AS orders
      FROM "Order" o
      WHERE ${placedWithinSql("order", range.startUtc, range.endUtc)} AND ${countedSql("order", range.basis)}
        ${scopeSql("order", scope)}
      GROUP BY 1`,
  ];
}

/** The same from the hourly rollups (marketplace, local days made of whole UTC hours). */
function rollupSums(range: ResolvedRange): [Prisma.Sql, Prisma.Sql] {
  const tz = range.timeZone;
  return [
    Prisma.sql`SELECT ${localDaySql("hour", tz)} AS day, SUM(h."revenueCents") AS revenue, SUM(h.units) AS units
      FROM ${rollupRows("AnalyticsHourRollup")} h
      WHERE ${placedWithinSql("hour", range.startUtc, range.endUtc)} AND ${countedSql("hour", range.basis)}
      GROUP BY 1`,
    Prisma.sql`SELECT ${localDaySql("checkout", tz)} AS day, SUM(c.checkouts) AS orders
      FROM ${rollupRows("AnalyticsCheckoutHourRollup")} c
      WHERE ${placedWithinSql("checkout", range.startUtc, range.endUtc)} AND ${countedSql("checkout", range.basis)}
      GROUP BY 1`,
  ];
}
