import type { DbOrTx } from "@healio/db";
import { AppError } from "../app-error";
import { CATEGORY_NOT_FOUND } from "./category-lock";
import type { CategoryCrumb } from "./category.schema";

/**
 * Root-to-category path for a slug, one recursive CTE walking parentId upwards (the category
 * itself is the last crumb). NOT_FOUND for an unknown slug.
 */
export async function getCategoryBreadcrumbs(db: DbOrTx, input: { slug: string }): Promise<CategoryCrumb[]> {
  const rows = await db.$queryRaw<CategoryCrumb[]>`
    WITH RECURSIVE path (id, name, slug, "parentId", depth) AS (
      SELECT id, name, slug, "parentId", 0 FROM "Category" WHERE slug = ${input.slug}
      UNION ALL
      SELECT c.id, c.name, c.slug, c."parentId", p.depth + 1
      FROM "Category" c JOIN path p ON c.id = p."parentId"
      WHERE p.depth < 1000
    )
    SELECT id, name, slug FROM path ORDER BY depth DESC`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", CATEGORY_NOT_FOUND);
  return rows;
}
