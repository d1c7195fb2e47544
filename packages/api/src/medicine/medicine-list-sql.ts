import { Prisma } from "@healio/db";
import { sellableListingSql, sellableStockSql } from "../catalog/sellable";
import type { MedicineCursor } from "./cursor";
import { medicineCardColumns, medicineCardJoinsAt } from "./medicine-card";
import { effectivePriceSql, hasLiveSaleSql, liveSaleJoin, saleCandidateIdsSql } from "../pricing/live-sale-sql";
import type { MedicineListParams, MedicineSort } from "./medicine.schema";
import { correctionsColumn, searchMatch } from "./medicine-search-sql";

export type EffectiveSort = MedicineSort;

/** relevance needs a search; without one it falls back to newest (also the default then). */
export function effectiveSort(sort: MedicineSort | undefined, search: string | null): EffectiveSort {
  if (!search) return !sort || sort === "relevance" ? "newest" : sort;
  return sort ?? "relevance";
}

/**
 * ORDER BY per sort over alias `a`, always ending in the id tie-breaker. "DESC key, id ASC"
 * orders match the (status, key DESC, id) indexes exactly. Price sorts order by the EFFECTIVE
 * price (`a."effectivePriceCents"`, flash sales included); see priceSortedPage for how the
 * (status, priceCents, id) index is still walked.
 */
function orderBy(sort: EffectiveSort, a: Prisma.Sql): Prisma.Sql {
  switch (sort) {
    case "newest":
      return Prisma.sql`ORDER BY ${a}."createdAt" DESC, ${a}.id ASC`;
    case "price_asc":
      return Prisma.sql`ORDER BY ${a}."effectivePriceCents" ASC, ${a}.id ASC`;
    case "price_desc":
      return Prisma.sql`ORDER BY ${a}."effectivePriceCents" DESC, ${a}.id DESC`;
    case "rating":
      return Prisma.sql`ORDER BY ${a}."ratingAverage" DESC, ${a}.id ASC`;
    case "relevance":
      return Prisma.sql`ORDER BY ${a}.score DESC, ${a}.id ASC`;
  }
}

/**
 * "Strictly after the cursor" in page order. Mixed-direction keys are written as
 * `key <= k AND (key < k OR id > kid)`: the first conjunct is an index range bound, so deep
 * pages start where the cursor is instead of scanning and discarding earlier rows.
 */
function afterCursor(cursor: MedicineCursor, a: Prisma.Sql): Prisma.Sql {
  const mixed = (col: Prisma.Sql, k: Prisma.Sql) =>
    Prisma.sql`AND ${col} <= ${k} AND (${col} < ${k} OR ${a}.id > ${cursor.id})`;
  switch (cursor.s) {
    case "newest":
      return mixed(Prisma.sql`${a}."createdAt"`, Prisma.sql`${cursor.k}::timestamp(3)`);
    case "price_asc":
      return Prisma.sql`AND (${a}."effectivePriceCents", ${a}.id) > (${cursor.k}::int, ${cursor.id})`;
    case "price_desc":
      return Prisma.sql`AND (${a}."effectivePriceCents", ${a}.id) < (${cursor.k}::int, ${cursor.id})`;
    case "rating":
      return mixed(Prisma.sql`${a}."ratingAverage"`, Prisma.sql`${cursor.k}::numeric(3,2)`);
    case "relevance":
      return mixed(Prisma.sql`${a}.score`, Prisma.sql`${cursor.k}::int`);
  }
}

/** Above this many index rows (categories x page size) one ordered walk of the global index wins. */
const MAX_PER_CATEGORY_ROWS = 2500;

/**
 * How a category subtree is read when not searching:
 * - one category: `categoryId = $1`, an ordered scan of the (categoryId, status, key, id) index;
 * - a few: one such ordered scan per category (LATERAL, each LIMIT n+1), merged and cut to n+1 —
 *   cost bounded by categories x page size, whatever the category sizes (a tiny subtree would
 *   otherwise make the planner walk the whole global sort index looking for its rows);
 * - a broad subtree: `categoryId = ANY(...)` over the global (status, key, id) index, one walk
 *   that reads about (n+1) / share rows, where share is the subtree's fraction of ACTIVE
 *   medicines. When the share is known (cached tree) that walk is chosen as soon as it reads
 *   fewer rows than the per-category scans (1 / share <= categories): a root holding 1/8 of the
 *   catalogue in 65 categories reads ~170 index rows instead of 65 scans of 21. Without the share,
 *   only the number of categories decides.
 */
type CategoryPlan = "none" | "single" | "per_category" | "any";
export function categoryPlan(categoryIds: readonly string[] | null, limit: number, share: number | null = null): CategoryPlan {
  if (!categoryIds) return "none";
  if (categoryIds.length === 1) return "single";
  if (share !== null && share > 0 && 1 / share <= categoryIds.length) return "any";
  return categoryIds.length * (limit + 1) <= MAX_PER_CATEGORY_ROWS ? "per_category" : "any";
}

/**
 * Filters over alias m = "Medicine"; the category filter as `plan` says (per_category: none here).
 * `price` is what min/max price compare: the effective price (effectivePriceSql, flash sales
 * included), or in the price-sorted walks the column that equals it in their part.
 */
export function medicineFilters(
  input: MedicineListParams,
  categoryIds: readonly string[] | null,
  plan: CategoryPlan,
  price: Prisma.Sql,
): Prisma.Sql {
  const where: Prisma.Sql[] = [sellableListingSql("m")];
  if (plan === "single" && categoryIds?.[0]) where.push(Prisma.sql`m."categoryId" = ${categoryIds[0]}`);
  if (plan === "any" && categoryIds) where.push(Prisma.sql`m."categoryId" = ANY(${[...categoryIds]}::text[])`);
  if (input.manufacturerId) where.push(Prisma.sql`m."manufacturerId" = ${input.manufacturerId}`);
  if (input.minPrice !== undefined) where.push(Prisma.sql`${price} >= ${input.minPrice}::int`);
  if (input.maxPrice !== undefined) where.push(Prisma.sql`${price} <= ${input.maxPrice}::int`);
  if (input.prescription === "rx") where.push(Prisma.sql`m."requiresPrescription"`);
  if (input.prescription === "otc") where.push(Prisma.sql`NOT m."requiresPrescription"`);
  if (input.inStock) where.push(Prisma.sql`${sellableStockSql("m")} > 0`);
  return Prisma.join(where, " AND ");
}

const M = Prisma.raw("m");
const P = Prisma.raw("p");
const X = Prisma.raw("x");

/**
 * A price-sorted page without giving up the index walk. The effective price is the list price
 * for every medicine without a live sale, so the page is the merge of
 *   A. medicines with no live sale, walked in (priceCents, id) order — the same index walk as
 *      before, skipping the (few) medicines on sale, cut at limit + 1;
 *   B. the medicines on sale right now (saleCandidateIdsSql, priced by the one rule), cut at
 *      limit + 1 by their sale price;
 * ordered by effective price and cut again. Both parts filter and page on the price that is
 * effective in them, so min/max price and the cursor mean the effective price throughout.
 */
function priceSortedPage(
  input: MedicineListParams,
  cursor: MedicineCursor | null,
  categoryIds: readonly string[] | null,
  plan: CategoryPlan,
  sort: "price_asc" | "price_desc",
  at: Date,
): Prisma.Sql {
  const limit = Prisma.sql`LIMIT ${input.limit + 1}`;
  const dir = Prisma.raw(sort === "price_asc" ? "ASC" : "DESC");
  const cmp = Prisma.raw(sort === "price_asc" ? ">" : "<");
  const after = (key: Prisma.Sql) => (cursor ? Prisma.sql`AND (${key}, m.id) ${cmp} (${cursor.k}::int, ${cursor.id})` : Prisma.empty);
  // Part A, per category when the plan says so (each walk cut at limit + 1, then merged).
  const walk = (category: Prisma.Sql) => Prisma.sql`
    SELECT m.*, m."priceCents" AS "effectivePriceCents" FROM "Medicine" m
    WHERE ${category} ${medicineFilters(input, categoryIds, plan, Prisma.sql`m."priceCents"`)} AND NOT ${hasLiveSaleSql("m", at)}
      ${after(Prisma.sql`m."priceCents"`)}
    ORDER BY m."priceCents" ${dir}, m.id ${dir} ${limit}`;
  const notOnSale =
    plan === "per_category"
      ? Prisma.sql`
        SELECT x.* FROM unnest(${[...(categoryIds ?? [])]}::text[]) AS cat (id)
        CROSS JOIN LATERAL (${walk(Prisma.sql`m."categoryId" = cat.id AND`)}) x
        ${orderBy(sort, X)} ${limit}`
      : walk(Prisma.empty);
  const onSale = Prisma.sql`
    SELECT m.*, sale."salePriceCents" AS "effectivePriceCents"
    FROM "Medicine" m ${liveSaleJoin("m", at)}
    WHERE m.id IN (${saleCandidateIdsSql(at)}) AND sale."saleItemId" IS NOT NULL
      AND ${medicineFilters(input, categoryIds, plan === "per_category" ? "any" : plan, Prisma.sql`sale."salePriceCents"`)}
      ${after(Prisma.sql`sale."salePriceCents"`)}
    ORDER BY sale."salePriceCents" ${dir}, m.id ${dir} ${limit}`;
  return Prisma.sql`
    SELECT * FROM ((${notOnSale}) UNION ALL (${onSale})) m
    ${orderBy(sort, M)} ${limit}`;
}

/** Result counts above this read "1,000+": an exact count of a huge category costs a full scan. */
export const RESULT_COUNT_CAP = 1000;

/**
 * How many results the filters match, counted up to CAP + 1 rows (bounded cost), as a scalar
 * column of the page: evaluated once (an InitPlan), only on a first page.
 */
function countColumn(from: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM (${from} LIMIT ${RESULT_COUNT_CAP + 1}) counted) AS "matchCount"`;
}

/**
 * The storefront list/search statement. Late join: the page (limit + 1 rows, to know whether a
 * next page exists) is chosen from "Medicine" alone — by an index scan in sort order when not
 * searching, or from the ranked matches (medicine-search-sql.ts) when searching — and only those
 * rows are joined to manufacturer, category and seller for the card.
 */
export function buildMedicineListQuery(
  input: MedicineListParams,
  cursor: MedicineCursor | null,
  categoryIds: readonly string[] | null,
  search: string | null,
  /** The subtree's share of ACTIVE medicines, when known (see categoryPlan). */
  share: number | null = null,
  /** The pricing instant (flash sales live at it); request time. */
  at: Date = new Date(),
  /** Count the matches (a first page whose total is not known otherwise). */
  withCount = false,
): Prisma.Sql {
  const sort = effectiveSort(input.sort, search);
  const limit = Prisma.sql`LIMIT ${input.limit + 1}`;
  if (!search) {
    const plan = categoryPlan(categoryIds, input.limit, share);
    const filters = medicineFilters(input, categoryIds, plan, effectivePriceSql("m", at));
    const keyset = cursor ? afterCursor(cursor, M) : Prisma.empty;
    const page =
      sort === "price_asc" || sort === "price_desc"
        ? priceSortedPage(input, cursor, categoryIds, plan, sort, at)
        : plan === "per_category"
          ? Prisma.sql`
          SELECT x.* FROM unnest(${[...(categoryIds ?? [])]}::text[]) AS cat (id)
          CROSS JOIN LATERAL (
            SELECT * FROM "Medicine" m
            WHERE m."categoryId" = cat.id AND ${filters} ${keyset}
            ${orderBy(sort, M)} ${limit}
          ) x
          ${orderBy(sort, X)} ${limit}`
          : Prisma.sql`
          SELECT * FROM "Medicine" m
          WHERE ${filters} ${keyset}
          ${orderBy(sort, M)} ${limit}`;
    const count = withCount
      ? Prisma.sql`, ${countColumn(Prisma.sql`SELECT 1 FROM "Medicine" m WHERE ${medicineFilters(input, categoryIds, categoryIds ? "any" : "none", effectivePriceSql("m", at))}`)}`
      : Prisma.empty;
    return Prisma.sql`
      SELECT ${medicineCardColumns} ${count}
      FROM (${page}) m ${medicineCardJoinsAt(at)}
      ${orderBy(sort, M)}`;
  }
  // Search: the matches are a bounded set; a price sort prices each of them (one probe each).
  const priceSort = sort === "price_asc" || sort === "price_desc";
  return Prisma.sql`
    WITH ${searchMatch(search, medicineFilters(input, categoryIds, "any", effectivePriceSql("m", at)), { correctTypos: !input.exact })},
    priced AS (SELECT p.*, ${priceSort ? effectivePriceSql("p", at) : Prisma.sql`p."priceCents"`} AS "effectivePriceCents" FROM matched p),
    page AS (
      SELECT * FROM priced p
      WHERE TRUE ${cursor ? afterCursor(cursor, P) : Prisma.empty}
      ${orderBy(sort, P)} ${limit}
    )
    SELECT ${medicineCardColumns}, p.score, ${correctionsColumn} AS corrections
      ${withCount ? Prisma.sql`, ${countColumn(Prisma.sql`SELECT 1 FROM matched`)}` : Prisma.empty}
    FROM page p JOIN "Medicine" m ON m.id = p.id ${medicineCardJoinsAt(at)}
    ${orderBy(sort, P)}`;
}
