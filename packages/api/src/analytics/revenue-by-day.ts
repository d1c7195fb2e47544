import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { DayPoint, ResolvedRange } from "./analytics.schema";
import { countedSql, LINE_REVENUE, localDaySql, placedWithinSql, scopeSql, type AnalyticsScope } from "./definitions";
import { exactNumber } from "./money-number";
import { runAggregate } from "./run-aggregate";

type Row = { date: string; revenue: bigint | number; units: bigint | number; orders: bigint | number };

/**
 * Revenue, units and orders per calendar day of the range in the store's time zone. Every day of
 * the range is present (generate_series), days without sales as zeros, so the chart's x axis is
 * continuous.
 */
export async function getRevenueByDay(db: DbOrTx, scope: AnalyticsScope, range: ResolvedRange): Promise<DayPoint[]> {
  const tz = range.timeZone;
  const rows = await runAggregate<Row[]>(db, Prisma.sql`
    WITH days AS (
      SELECT d::date AS day FROM generate_series(${range.from}::date, ${range.to}::date, interval '1 day') AS d
    ), lines AS (
      SELECT ${localDaySql("line", tz)} AS day, SUM(${LINE_REVENUE}) AS revenue, SUM(i.quantity) AS units
      FROM "OrderItem" i
      WHERE ${placedWithinSql("line", range.startUtc, range.endUtc)} AND ${countedSql("line", range.basis)}
        ${scopeSql("line", scope)}
      GROUP BY 1
    ), orders AS (
      SELECT ${localDaySql("order", tz)} AS day, COUNT(DISTINCT o."checkoutId") AS orders
      FROM "Order" o
      WHERE ${placedWithinSql("order", range.startUtc, range.endUtc)} AND ${countedSql("order", range.basis)}
        ${scopeSql("order", scope)}
      GROUP BY 1
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
