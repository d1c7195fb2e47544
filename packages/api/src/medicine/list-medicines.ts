import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { decodeCursor, encodeCursor } from "./cursor";
import type { MedicineCursor } from "./cursor";
import { toMedicineCard } from "./medicine-card";
import type { MedicineCard, MedicineCardRow } from "./medicine-card";
import { buildMedicineListQuery, effectiveSort, type EffectiveSort } from "./medicine-list-sql";
import type { MedicineListParams } from "./medicine.schema";
import { normalizeSearch } from "./search-text";
import { correctedSearch } from "./medicine-search-sql";
import { RESULT_COUNT_CAP } from "./medicine-list-sql";
import { cachedCategories } from "../category/category-cache";

/** A category's subtree, and (when known from the cached tree) its share of ACTIVE medicines. */
type CategorySubtree = { ids: string[]; share: number | null };

export type MedicineListResult = {
  items: MedicineCard[];
  nextCursor: string | null;
  /** The sort actually applied (relevance when searching without an explicit sort). */
  sort: EffectiveSort;
  /**
   * How many medicines match, on a first page (null on later pages): exact up to 1,000, else
   * `{ count: 1000, more: true }` ("1,000+").
   */
  total: { count: number; more: boolean } | null;
  /** The search as typo correction read it ("paracetamol" for "paracetmol"), when it did. */
  correctedSearch: string | null;
};

type Row = MedicineCardRow & { score?: number; matchCount?: number; corrections?: [string, string][] | null };

function cursorFor(sort: EffectiveSort, row: Row): MedicineCursor {
  switch (sort) {
    // createdAt is timestamp(3) and JS Dates hold milliseconds: the ISO string round-trips exactly.
    case "newest":
      return { s: sort, k: row.createdAt.toISOString(), id: row.id };
    // The effective price the page was ordered by: the live sale's (same instant), else the list price.
    case "price_asc":
    case "price_desc":
      return { s: sort, k: Number(row.salePriceCents ?? row.priceCents), id: row.id };
    case "rating":
      return { s: sort, k: row.ratingAverage, id: row.id };
    case "relevance":
      return { s: sort, k: Number(row.score ?? 0), id: row.id };
  }
}

/**
 * A category and all its descendants: from the cached tree when the caller enabled it (no SQL, and
 * the subtree's size is known), else a recursive CTE over the adjacency list, resolved in its own
 * statement so the listing gets a literal id array: the planner then estimates the category's
 * real size (walk the sort index for a big category, bitmap + top-N sort for a small leaf),
 * which it cannot do through a recursive CTE.
 */
async function categoryWithDescendants(db: DbOrTx, slug: string): Promise<CategorySubtree> {
  const cached = await cachedCategories(db);
  if (cached) {
    const subtree = cached.subtreeBySlug.get(slug);
    return subtree ? { ids: subtree.ids, share: cached.totalActive > 0 ? subtree.activeCount / cached.totalActive : null } : { ids: [], share: null };
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE category_ids (id) AS (
      SELECT id FROM "Category" WHERE slug = ${slug}
      UNION
      SELECT child.id FROM "Category" child JOIN category_ids ci ON child."parentId" = ci.id
    )
    SELECT id FROM category_ids`;
  return { ids: rows.map((r) => r.id), share: null };
}

function onlyCategoryFilter(input: MedicineListParams): boolean {
  return (
    input.manufacturerId === undefined &&
    input.minPrice === undefined &&
    input.maxPrice === undefined &&
    input.prescription === undefined &&
    !input.inStock
  );
}

/** Sellable medicines of a category subtree (or the whole catalogue) from the cached tree, if enabled. */
async function knownCount(db: DbOrTx, slug: string | undefined): Promise<number | null> {
  const cached = await cachedCategories(db);
  if (!cached) return null;
  return slug ? (cached.subtreeBySlug.get(slug)?.activeCount ?? 0) : cached.totalActive;
}

/**
 * Public catalogue listing and search: ACTIVE medicines only, keyset pagination (no OFFSET),
 * at most two SQL statements whatever the page size or filters: the category subtree (only with
 * a category filter) and the page itself (see medicine-list-sql.ts). An unknown category slug
 * matches nothing.
 */
export async function listMedicines(
  db: DbOrTx,
  _actor: Actor | null,
  input: MedicineListParams,
): Promise<MedicineListResult> {
  const search = input.search ? normalizeSearch(input.search) || null : null;
  const sort = effectiveSort(input.sort, search);
  const cursor = input.cursor === undefined ? null : decodeCursor(input.cursor, sort);
  const subtree = input.categorySlug ? await categoryWithDescendants(db, input.categorySlug) : null;
  const firstPage = cursor === null;
  if (subtree?.ids.length === 0) {
    return { items: [], nextCursor: null, sort, total: firstPage ? { count: 0, more: false } : null, correctedSearch: null };
  }

  // Browsing a category (or everything) unfiltered: the cached tree already knows the count.
  const known = firstPage && !search && onlyCategoryFilter(input) ? await knownCount(db, input.categorySlug) : null;
  const rows = await db.$queryRaw<Row[]>(
    buildMedicineListQuery(input, cursor, subtree?.ids ?? null, search, subtree?.share ?? null, new Date(), firstPage && known === null),
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor(cursorFor(sort, last)) : null;
  const counted = known ?? rows[0]?.matchCount ?? 0;
  return {
    items: page.map(toMedicineCard),
    nextCursor,
    sort,
    total: firstPage ? { count: Math.min(counted, RESULT_COUNT_CAP), more: counted > RESULT_COUNT_CAP } : null,
    correctedSearch: search && page.length > 0 ? correctedSearch(search, rows[0]?.corrections ?? null) : null,
  };
}
