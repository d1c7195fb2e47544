import { Prisma } from "@healio/db";
import type { ResolvedRange } from "./analytics.schema";
import { basisSql, countedSql, LINE_REVENUE, placedWithinSql, scopeSql, type AnalyticsScope } from "./definitions";
import { planSpans, type AnalyticsSource, type Edge, type SpanPlan } from "./rollup-plan";
import { spanDeltaRows, spanFoldedRows, spanRows, type SpanRollupTable } from "./rollup-sources";

/*
 * The per-medicine and per-seller sums of a range, as subqueries the breakdowns (breakdowns.ts)
 * rank and join. "raw" sums the counted order lines / orders of the range. "rollup" (marketplace
 * only) adds the span rollups (with their pending deltas, rollup-sources.ts) covering the whole
 * UTC days of the range and the order lines / orders of the few hours around them
 * (rollup-plan.ts): the same rows counted once each, so the same sums. A medicine or seller whose
 * summed units (orders) are 0 has no counted line (order) left: every line has quantity >= 1, so
 * HAVING ... > 0 lists it exactly when the raw query would (a single rollup or delta row may be
 * 0 or negative, only the sum tells).
 */

/** Counted order lines of the range, as the FROM/WHERE of a line aggregate. */
export function countedLines(scope: AnalyticsScope, range: ResolvedRange): Prisma.Sql {
  return Prisma.sql`FROM "OrderItem" i
    WHERE ${placedWithinSql("line", range.startUtc, range.endUtc)} AND ${countedSql("line", range.basis)}
      ${scopeSql("line", scope)}`;
}

function edgesSql(source: "line" | "order", edges: Edge[]): Prisma.Sql {
  if (edges.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(edges.map((e) => placedWithinSql(source, e.from, e.to)), " OR ")})`;
}

/** A span rollup's rows (with pending deltas) of the plan's spans (alias r). */
function spansJoin(table: SpanRollupTable, levels: number[], buckets: number[]): Prisma.Sql {
  return Prisma.sql`FROM ${spanRows(table, levels, buckets)} r`;
}

/**
 * Rows (medicineId, revenue, units) of a plan that are not folded span rows: the pending deltas of
 * its spans and the counted lines of its edges. Few (the fold keeps the deltas short, the edges are
 * a few days), so the top medicines read them whole (top-medicines.ts).
 */
export function looseMedicineRowsSql(range: ResolvedRange, plan: SpanPlan): Prisma.Sql {
  return Prisma.sql`SELECT r."medicineId", r."revenueCents" AS revenue, r.units
      FROM ${spanDeltaRows("AnalyticsMedicineRollup", plan.levels, plan.buckets)} r
      WHERE ${countedSql("span", range.basis)}
      UNION ALL
      SELECT i."medicineId", ${LINE_REVENUE}, i.quantity
      FROM "OrderItem" i
      WHERE ${edgesSql("line", plan.edges)} AND ${countedSql("line", range.basis)}`;
}

/**
 * Rows (medicineId, revenue, units) whose sums per medicine are the range's counted lines: the
 * lines themselves ("raw"), or the folded span rows plus the loose rows ("rollup"). Not grouped:
 * a breakdown by something coarser than the medicine (its category) groups them once, by that.
 */
export function medicineRowsSql(scope: AnalyticsScope, range: ResolvedRange, source: AnalyticsSource): Prisma.Sql {
  if (source === "raw") {
    return Prisma.sql`SELECT i."medicineId", ${LINE_REVENUE} AS revenue, i.quantity AS units
      ${countedLines(scope, range)}`;
  }
  const plan = planSpans(range.startUtc, range.endUtc);
  return Prisma.sql`SELECT r."medicineId", r."revenueCents" AS revenue, r.units
      FROM ${spanFoldedRows("AnalyticsMedicineBasisRollup", plan.levels, plan.buckets)} r
      WHERE ${basisSql(range.basis)}
      UNION ALL
      ${looseMedicineRowsSql(range, plan)}`;
}

/**
 * Rows (categoryId, revenue, units) whose sums per category are the range's counted lines, by the
 * category each medicine is in now: the lines joined to their medicine ("raw"), or the folded
 * category rows plus the loose medicine rows joined to their medicine ("rollup"). Not grouped.
 */
export function categoryRowsSql(scope: AnalyticsScope, range: ResolvedRange, source: AnalyticsSource): Prisma.Sql {
  if (source === "raw") {
    return Prisma.sql`SELECT m."categoryId", x.revenue, x.units
      FROM (${medicineRowsSql(scope, range, source)}) x JOIN "Medicine" m ON m.id = x."medicineId"`;
  }
  const plan = planSpans(range.startUtc, range.endUtc);
  return Prisma.sql`SELECT r."categoryId", r."revenueCents" AS revenue, r.units
      FROM ${spanFoldedRows("AnalyticsCategoryBasisRollup", plan.levels, plan.buckets)} r
      WHERE ${basisSql(range.basis)}
      UNION ALL
      SELECT m."categoryId", l.revenue, l.units
      FROM (${looseMedicineRowsSql(range, plan)}) l JOIN "Medicine" m ON m.id = l."medicineId"`;
}

/** Rows (medicineId, revenue, units): one per medicine with counted lines in the range. */
export function perMedicineSql(scope: AnalyticsScope, range: ResolvedRange, source: AnalyticsSource): Prisma.Sql {
  return Prisma.sql`SELECT x."medicineId", SUM(x.revenue) AS revenue, SUM(x.units) AS units
    FROM (${medicineRowsSql(scope, range, source)}) x
    GROUP BY x."medicineId"
    HAVING SUM(x.units) > 0`;
}

/** Rows (sellerId, revenue, units): the marketplace's counted lines of the range per seller. */
export function perSellerLinesSql(range: ResolvedRange, source: AnalyticsSource): Prisma.Sql {
  if (source === "raw") {
    return Prisma.sql`SELECT i."orderSellerId" AS "sellerId", SUM(${LINE_REVENUE}) AS revenue, SUM(i.quantity) AS units
      ${countedLines({ kind: "marketplace" }, range)}
      GROUP BY 1`;
  }
  const plan = planSpans(range.startUtc, range.endUtc);
  return Prisma.sql`SELECT x."sellerId", SUM(x.revenue) AS revenue, SUM(x.units) AS units
    FROM (
      SELECT r."sellerId", r."revenueCents" AS revenue, r.units
      ${spansJoin("AnalyticsSellerRollup", plan.levels, plan.buckets)}
      WHERE ${countedSql("span", range.basis)}
      UNION ALL
      SELECT i."orderSellerId", ${LINE_REVENUE}, i.quantity
      FROM "OrderItem" i
      WHERE ${edgesSql("line", plan.edges)} AND ${countedSql("line", range.basis)}
    ) x
    GROUP BY 1
    HAVING SUM(x.units) > 0`;
}

/** Rows (sellerId, orders): the marketplace's counted orders of the range per seller. */
export function perSellerOrdersSql(range: ResolvedRange, source: AnalyticsSource): Prisma.Sql {
  if (source === "raw") {
    return Prisma.sql`SELECT o."sellerId", COUNT(*) AS orders
      FROM "Order" o
      WHERE ${placedWithinSql("order", range.startUtc, range.endUtc)} AND ${countedSql("order", range.basis)}
      GROUP BY 1`;
  }
  const plan = planSpans(range.startUtc, range.endUtc);
  return Prisma.sql`SELECT x."sellerId", SUM(x.orders) AS orders
    FROM (
      SELECT r."sellerId", r.orders
      ${spansJoin("AnalyticsSellerRollup", plan.levels, plan.buckets)}
      WHERE ${countedSql("span", range.basis)}
      UNION ALL
      SELECT o."sellerId", 1
      FROM "Order" o
      WHERE ${edgesSql("order", plan.edges)} AND ${countedSql("order", range.basis)}
    ) x
    GROUP BY 1
    HAVING SUM(x.orders) > 0`;
}
