import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { decodeCursor, encodeCursor } from "./cursor";
import type { MedicineCursor } from "./cursor";
import { medicineCardColumns, medicineCardJoins, toMedicineCard } from "./medicine-card";
import type { MedicineCard, MedicineCardRow } from "./medicine-card";
import type { MedicineListParams, MedicineSort } from "./medicine.schema";

export type MedicineListResult = { items: MedicineCard[]; nextCursor: string | null };

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

const ORDER_BY: Record<MedicineSort, Prisma.Sql> = {
  newest: Prisma.sql`ORDER BY m."createdAt" DESC, m.id DESC`,
  price_asc: Prisma.sql`ORDER BY m."priceCents" ASC, m.id ASC`,
  price_desc: Prisma.sql`ORDER BY m."priceCents" DESC, m.id DESC`,
};

/** Row-value comparison "strictly after the cursor" in the page order; matches the indexes on (status, key, id). */
function afterCursor(cursor: MedicineCursor): Prisma.Sql {
  switch (cursor.s) {
    case "newest":
      return Prisma.sql`AND (m."createdAt", m.id) < (${cursor.k}::timestamp(3), ${cursor.id})`;
    case "price_asc":
      return Prisma.sql`AND (m."priceCents", m.id) > (${cursor.k}::int, ${cursor.id})`;
    case "price_desc":
      return Prisma.sql`AND (m."priceCents", m.id) < (${cursor.k}::int, ${cursor.id})`;
  }
}

function cursorFor(sort: MedicineSort, row: MedicineCardRow): MedicineCursor {
  // createdAt is timestamp(3) and JS Dates hold milliseconds: the ISO string round-trips exactly.
  return sort === "newest"
    ? { s: sort, k: row.createdAt.toISOString(), id: row.id }
    : { s: sort, k: row.priceCents, id: row.id };
}

/**
 * Public catalogue listing: ACTIVE medicines only, keyset pagination (no OFFSET), one SQL
 * statement. A category filter includes all descendant categories via a recursive CTE; an
 * unknown slug simply matches nothing. Fetches limit + 1 rows to know whether a next page exists.
 * Search is a plain ILIKE on name/genericName for now (to be replaced by full-text search).
 */
export async function listMedicines(
  db: DbOrTx,
  _actor: Actor | null,
  input: MedicineListParams,
): Promise<MedicineListResult> {
  const { limit, sort } = input;
  const cursor = input.cursor === undefined ? null : decodeCursor(input.cursor, sort);
  const search = input.search?.trim() || undefined;
  const categorySlug = input.categorySlug;

  const withCategories = categorySlug
    ? Prisma.sql`WITH RECURSIVE category_ids (id) AS (
        SELECT id FROM "Category" WHERE slug = ${categorySlug}
        UNION
        SELECT child.id FROM "Category" child JOIN category_ids ci ON child."parentId" = ci.id
      )`
    : Prisma.empty;
  const categoryFilter = categorySlug
    ? Prisma.sql`AND m."categoryId" IN (SELECT id FROM category_ids)`
    : Prisma.empty;
  const searchFilter = search
    ? Prisma.sql`AND (m.name ILIKE ${likePattern(search)} OR m."genericName" ILIKE ${likePattern(search)})`
    : Prisma.empty;

  const rows = await db.$queryRaw<MedicineCardRow[]>`
    ${withCategories}
    SELECT ${medicineCardColumns}
    FROM "Medicine" m
    ${medicineCardJoins}
    WHERE m.status = 'ACTIVE'
    ${categoryFilter}
    ${searchFilter}
    ${cursor ? afterCursor(cursor) : Prisma.empty}
    ${ORDER_BY[sort]}
    LIMIT ${limit + 1}`;

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(cursorFor(sort, last)) : null;
  return { items: page.map(toMedicineCard), nextCursor };
}
