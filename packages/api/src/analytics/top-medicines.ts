import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import { TOP_MEDICINES, type MedicineRow, type ResolvedRange } from "./analytics.schema";
import { basisSql, type AnalyticsScope } from "./definitions";
import { exactNumber } from "./money-number";
import { planSpans, type AnalyticsSource, type SpanPlan } from "./rollup-plan";
import { spanFoldedRows, spansTable } from "./rollup-sources";
import { runAggregate } from "./run-aggregate";
import { looseMedicineRowsSql, perMedicineSql } from "./span-sources";

/*
 * Top medicines by revenue and by units. Summing every medicine's span rows over a long range reads
 * about one row per medicine and span (100k medicines: ~250k rows for 90 days, ~100 ms), so from
 * the rollups the ranking is proven on a few thousand candidates instead (Fagin's threshold
 * algorithm):
 * - every span of LISTED_SPAN_MIN_LEVEL or more is a list of folded basis rollup rows (one per
 *   medicine: the statuses the basis counts are summed already), read in order of revenue (and of
 *   units) through an index, `depth` rows deep; the shorter spans, the pending deltas and the edge
 *   lines, summed per medicine, are one more list;
 * - candidates are the medicines seen in any list; their totals are computed exactly;
 * - a medicine seen in none of a key's lists totals at most the sum, over those lists, of the
 *   depth-th value (0 for a list read to its end: the medicine is not in it at all);
 * - when the 10th candidate's total is above that bound, no other medicine can rank: the answer is
 *   exact. Otherwise every medicine is summed.
 * Ties are broken by medicine id, as in the full aggregate; the proof needs a strict ">", so a
 * medicine tied with the 10th is never left out.
 */

/**
 * How deep the lists are read before every medicine is summed instead: on healio_bench (1M orders
 * a year, 100k medicines, flat demand) 30 to 180 days are proven at 1000, and a failed try costs
 * about as much as summing every medicine, so one try (bench/README.md, "Session 6").
 */
export const TOP_MEDICINE_DEPTH = 1000;

type Big = bigint | number | null;
type Row = {
  medicineId: string | null;
  name: string | null;
  strength: string | null;
  revenue: Big;
  units: Big;
  byRevenue: Big;
  byUnits: Big;
  key: "revenue" | "units" | null;
  bound: Big;
  complete: boolean | null;
};
type Ranked = { byRevenue: MedicineRow[]; byUnits: MedicineRow[] };

/**
 * Below this many medicines (PostgreSQL's estimate of the catalogue's size) summing every medicine
 * costs less than proving on candidates, which at depth 1000 are most of the catalogue. Measured at
 * 1M orders, 90 days: 5000 medicines (bench:analytics) proven ~50 ms, summed ~15 ms; 100k medicines
 * (healio_bench) proven 31-49 ms, summed 93 ms (bench/README.md, "Session 6").
 */
export const PROVE_FROM_MEDICINES = 20_000;

async function catalogueIsLarge(db: DbOrTx): Promise<boolean> {
  const [row] = await db.$queryRaw<{ estimate: number }[]>(
    Prisma.sql`SELECT reltuples::float8 AS estimate FROM pg_class WHERE oid = '"Medicine"'::regclass`,
  );
  return (row?.estimate ?? 0) >= PROVE_FROM_MEDICINES;
}

export async function getTopMedicines(
  db: DbOrTx,
  scope: AnalyticsScope,
  range: ResolvedRange,
  source: AnalyticsSource = "raw",
  /** null: sum every medicine (tests compare the proof with it). */
  depth: number | null = TOP_MEDICINE_DEPTH,
): Promise<Ranked> {
  if (source === "rollup" && depth !== null && (await catalogueIsLarge(db))) {
    const proven = await provenTop(db, range, planSpans(range.startUtc, range.endUtc), depth);
    if (proven) return proven;
  }
  return rankAll(db, scope, range, source);
}

function view(r: Pick<Row, "medicineId" | "name" | "strength" | "revenue" | "units">): MedicineRow {
  return {
    medicineId: r.medicineId!,
    name: r.name!,
    strength: r.strength!,
    revenueCents: exactNumber(r.revenue),
    units: exactNumber(r.units),
  };
}

function topBy(rows: Row[], key: "byRevenue" | "byUnits"): Row[] {
  return rows
    .filter((r) => exactNumber(r[key]) <= TOP_MEDICINES)
    .sort((a, b) => exactNumber(a[key]) - exactNumber(b[key]));
}

/**
 * Every medicine of the range summed, then the first TOP_MEDICINES taken two ways (each a bounded
 * top-N sort: ranking every medicine with window functions cost two full sorts, ~200 ms at 100k).
 */
async function rankAll(db: DbOrTx, scope: AnalyticsScope, range: ResolvedRange, source: AnalyticsSource): Promise<Ranked> {
  const rows = await runAggregate<Row[]>(db, Prisma.sql`
    WITH per_medicine AS MATERIALIZED (
      ${perMedicineSql(scope, range, source)}
    ), ranked AS (
      (SELECT pm.*, row_number() OVER (ORDER BY pm.revenue DESC, pm."medicineId") AS "byRevenue", NULL::bigint AS "byUnits"
       FROM (SELECT * FROM per_medicine ORDER BY revenue DESC, "medicineId" LIMIT ${TOP_MEDICINES}) pm)
      UNION ALL
      (SELECT pm.*, NULL::bigint, row_number() OVER (ORDER BY pm.units DESC, pm."medicineId")
       FROM (SELECT * FROM per_medicine ORDER BY units DESC, "medicineId" LIMIT ${TOP_MEDICINES}) pm)
    )
    SELECT r."medicineId", m.name, m.strength, r.revenue::bigint AS revenue, r.units::bigint AS units,
           r."byRevenue", r."byUnits"
    FROM ranked r JOIN "Medicine" m ON m.id = r."medicineId"`);
  return {
    byRevenue: topBy(rows.filter((r) => r.byRevenue !== null), "byRevenue").map(view),
    byUnits: topBy(rows.filter((r) => r.byUnits !== null), "byUnits").map(view),
  };
}

/** The `depth` largest folded rows of every span of the plan by one column, as (medicineId, v). */
function spanListsSql(range: ResolvedRange, plan: SpanPlan, column: "revenueCents" | "units", depth: number): Prisma.Sql {
  const key = column === "units" ? "units" : "revenue";
  return Prisma.sql`SELECT ${key}::text AS key, s.level, s.bucket, t."medicineId", t.v
    FROM ${spansTable(plan.levels, plan.buckets)}
    CROSS JOIN LATERAL (
      SELECT r."medicineId", r.${Prisma.raw(`"${column}"`)} AS v FROM "AnalyticsMedicineBasisRollup" r
      WHERE r.level = s.level AND r.bucket = s.bucket AND ${basisSql(range.basis)}
      ORDER BY r.${Prisma.raw(`"${column}"`)} DESC LIMIT ${depth}
    ) t`;
}

/**
 * Spans of a lower level (shorter than 32 days) are summed whole into the loose list with the
 * deltas and the edges instead of being lists of their own: every list adds its depth-th value to
 * the bound, and a few days of rows cost less to sum than the depth their list would need to stop
 * loosening it (measured on healio_bench, bench/README.md "Top medicines": with every span a list,
 * 90 days "booked" was not proven before depth 4000).
 */
export const LISTED_SPAN_MIN_LEVEL = 5;

function splitPlan(plan: SpanPlan, listedMinLevel: number): { lists: SpanPlan; summed: SpanPlan } {
  const pick = (listed: boolean): SpanPlan => {
    const at = plan.levels.flatMap((level, i) => ((level >= listedMinLevel) === listed ? [i] : []));
    return { levels: at.map((i) => plan.levels[i]!), buckets: at.map((i) => plan.buckets[i]!), edges: [] };
  };
  return { lists: pick(true), summed: pick(false) };
}

/** The ranking from the candidates of lists `depth` deep, or null when it is not proven exact. */
export async function provenTop(
  db: DbOrTx,
  range: ResolvedRange,
  plan: SpanPlan,
  depth: number,
  listedMinLevel = LISTED_SPAN_MIN_LEVEL,
): Promise<Ranked | null> {
  const { lists: listed, summed } = splitPlan(plan, listedMinLevel);
  const rows = await runAggregate<Row[]>(db, Prisma.sql`
    WITH loose AS MATERIALIZED (
      SELECT x."medicineId", SUM(x.revenue) AS revenue, SUM(x.units) AS units
      FROM (
        ${looseMedicineRowsSql(range, plan)}
        UNION ALL
        SELECT r."medicineId", r."revenueCents", r.units
        FROM ${spanFoldedRows("AnalyticsMedicineBasisRollup", summed.levels, summed.buckets)} r
        WHERE ${basisSql(range.basis)}
      ) x
      GROUP BY 1
    ), lists AS (
      ${spanListsSql(range, listed, "revenueCents", depth)}
      UNION ALL
      ${spanListsSql(range, listed, "units", depth)}
      UNION ALL
      (SELECT 'revenue', -1, -1, l."medicineId", l.revenue FROM loose l ORDER BY l.revenue DESC LIMIT ${depth})
      UNION ALL
      (SELECT 'units', -1, -1, l."medicineId", l.units FROM loose l ORDER BY l.units DESC LIMIT ${depth})
    ), bounds AS (
      SELECT key, SUM(CASE WHEN n < ${depth} THEN 0 ELSE GREATEST(kth, 0) END)::bigint AS bound, bool_and(n < ${depth}) AS complete
      FROM (SELECT key, level, bucket, count(*) AS n, min(v) AS kth FROM lists GROUP BY 1, 2, 3) l
      GROUP BY key
    ), candidates AS (
      SELECT DISTINCT "medicineId" FROM lists
    ), totals AS (
      SELECT c."medicineId", COALESCE(f.revenue, 0) + COALESCE(l.revenue, 0) AS revenue,
             COALESCE(f.units, 0) + COALESCE(l.units, 0) AS units
      FROM candidates c
      CROSS JOIN LATERAL (
        SELECT SUM(r."revenueCents") AS revenue, SUM(r.units) AS units
        FROM ${spansTable(listed.levels, listed.buckets)}
        JOIN "AnalyticsMedicineBasisRollup" r
          ON r.level = s.level AND r.bucket = s.bucket AND ${basisSql(range.basis)} AND r."medicineId" = c."medicineId"
      ) f
      LEFT JOIN loose l ON l."medicineId" = c."medicineId"
    ), ranked AS (
      SELECT t.*,
             row_number() OVER (ORDER BY t.revenue DESC, t."medicineId") AS "byRevenue",
             row_number() OVER (ORDER BY t.units DESC, t."medicineId") AS "byUnits"
      FROM totals t
      WHERE t.units > 0
    )
    SELECT r."medicineId", m.name, m.strength, r.revenue::bigint AS revenue, r.units::bigint AS units,
           r."byRevenue", r."byUnits", NULL AS key, NULL::bigint AS bound, NULL::boolean AS complete
    FROM ranked r JOIN "Medicine" m ON m.id = r."medicineId"
    WHERE r."byRevenue" <= ${TOP_MEDICINES} OR r."byUnits" <= ${TOP_MEDICINES}
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, b.key, b.bound, b.complete FROM bounds b`);
  const medicines = rows.filter((r) => r.medicineId !== null);
  const proven = (key: "revenue" | "units", rank: "byRevenue" | "byUnits"): Row[] | null => {
    const bounds = rows.find((r) => r.key === key);
    const top = topBy(medicines, rank);
    // No list of this key at all (nothing counted in the spans or around them): nothing is left out.
    if (!bounds || bounds.complete) return top;
    const tenth = top[TOP_MEDICINES - 1];
    return tenth && exactNumber(tenth[key]) > exactNumber(bounds.bound) ? top : null;
  };
  const byRevenue = proven("revenue", "byRevenue");
  const byUnits = proven("units", "byUnits");
  return byRevenue && byUnits ? { byRevenue: byRevenue.map(view), byUnits: byUnits.map(view) } : null;
}
