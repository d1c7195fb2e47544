import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { ResolvedRange } from "./analytics.schema";
import type { AnalyticsScope } from "./definitions";

/**
 * Which rows a dashboard reads. "raw": order lines and orders (every scope, every zone). "rollup":
 * the marketplace rollups the analytics_rollups migration keeps by trigger — only when every
 * boundary the dashboard uses (the range's start and end, the previous period's start, and every
 * local midnight in between, for the per-day chart) is a whole UTC hour, because the hourly
 * rollups cannot be split inside an hour. That holds in every zone whose offset is a whole number
 * of hours (UTC, Europe/*, America/* …) and fails in zones like Asia/Kolkata (+05:30) or
 * Asia/Kathmandu (+05:45), which then read the raw rows: same figures, slower.
 * Seller dashboards stay on raw rows: one seller's lines are few (OrderItem_seller_analytics_idx).
 */
export type AnalyticsSource = "raw" | "rollup";

export async function chooseSource(db: DbOrTx, scope: AnalyticsScope, range: ResolvedRange): Promise<AnalyticsSource> {
  if (scope.kind !== "marketplace") return "raw";
  const [row] = await db.$queryRaw<{ whole: boolean | null }[]>(Prisma.sql`
    SELECT bool_and(date_trunc('hour', b.at) = b.at) AS whole
    FROM generate_series(${range.previousFrom}::date, ${range.to}::date + 1, interval '1 day') AS d,
         LATERAL (SELECT (d::date::timestamp AT TIME ZONE ${range.timeZone}) AT TIME ZONE 'UTC' AS at) AS b`);
  return row?.whole === true ? "rollup" : "raw";
}

/**
 * The span rollups ("AnalyticsMedicineRollup", "AnalyticsSellerRollup") are keyed by aligned spans
 * of 2^level UTC days, bucket = UTC day number >> level, for these levels: keep them in step with
 * generate_series(2, 8) in the analytics_rollups migration. The triggers append deltas at level
 * min only, expanded to every level by the fold and by readers (analytics_rollup_fine_deltas).
 */
export const ROLLUP_SPAN_LEVELS = { min: 2, max: 8 } as const;

const DAY_MS = 86_400_000;

/** [from, to) as ISO instants, read from raw rows. */
export type Edge = { from: string; to: string };

/** A range as aligned spans (parallel arrays, for unnest) plus the raw edges around them. */
export type SpanPlan = { levels: number[]; buckets: number[]; edges: Edge[] };

/**
 * Covers [startUtc, endUtc) with the fewest aligned spans (at most two per level: the greedy walk
 * takes the largest aligned span that fits at each step) and leaves the rest, fewer than 2^min
 * days plus a partial day at each end, to be read from the order lines.
 */
export function planSpans(startUtc: string, endUtc: string): SpanPlan {
  const start = Date.parse(startUtc);
  const end = Date.parse(endUtc);
  const align = 2 ** ROLLUP_SPAN_LEVELS.min;
  const first = Math.ceil(Math.ceil(start / DAY_MS) / align) * align;
  const last = Math.floor(Math.floor(end / DAY_MS) / align) * align;
  if (first >= last) return { levels: [], buckets: [], edges: [{ from: startUtc, to: endUtc }] };
  const levels: number[] = [];
  const buckets: number[] = [];
  for (let day = first; day < last; ) {
    let level = ROLLUP_SPAN_LEVELS.max;
    while (level > ROLLUP_SPAN_LEVELS.min && (day % 2 ** level !== 0 || day + 2 ** level > last)) level -= 1;
    levels.push(level);
    buckets.push(day / 2 ** level);
    day += 2 ** level;
  }
  const iso = (day: number) => new Date(day * DAY_MS).toISOString();
  const edges: Edge[] = [];
  if (start < first * DAY_MS) edges.push({ from: startUtc, to: iso(first) });
  if (last * DAY_MS < end) edges.push({ from: iso(last), to: endUtc });
  return { levels, buckets, edges };
}
