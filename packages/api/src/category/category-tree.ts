import type { DbOrTx } from "@healio/db";
import { sellableListingSql } from "../catalog/sellable";
import { cachedCategories } from "./category-cache";

export type CategoryNode = {
  id: string;
  name: string;
  slug: string;
  parentId: string | null;
  /** Sellable medicines (catalog/sellable.ts) in this category and all of its descendants. */
  medicineCount: number;
  children: CategoryNode[];
};

export type CategoryRow = Omit<CategoryNode, "children">;

/**
 * The whole category tree in ONE statement.
 *
 * `closure` is the transitive closure of the adjacency list: one (ancestor, descendant) row for
 * every category paired with itself and with each category below it, built by a recursive CTE
 * walking "parentId" downwards. Joining ACTIVE-medicine counts per category onto the descendant
 * side and summing per ancestor gives counts that include all descendants. UNION (not UNION ALL)
 * stops the recursion even if bad data ever formed a cycle. The nesting is then done in memory,
 * O(n), from the flat rows.
 */
export async function getCategoryTree(db: DbOrTx): Promise<CategoryNode[]> {
  const cached = await cachedCategories(db);
  return buildTree(cached ? cached.rows : await loadCategoryRows(db));
}

/** The flat rows of the tree (see getCategoryTree). */
export async function loadCategoryRows(db: DbOrTx): Promise<CategoryRow[]> {
  const rows = await db.$queryRaw<CategoryRow[]>`
    WITH RECURSIVE closure (ancestor_id, descendant_id) AS (
      SELECT c.id, c.id FROM "Category" c
      UNION
      SELECT cl.ancestor_id, child.id
      FROM closure cl
      JOIN "Category" child ON child."parentId" = cl.descendant_id
    ),
    direct_counts AS (
      SELECT m."categoryId" AS category_id, count(*) AS n
      FROM "Medicine" m
      WHERE ${sellableListingSql("m")}
      GROUP BY m."categoryId"
    )
    SELECT c.id, c.name, c.slug, c."parentId",
           COALESCE(SUM(dc.n), 0)::int AS "medicineCount"
    FROM "Category" c
    JOIN closure cl ON cl.ancestor_id = c.id
    LEFT JOIN direct_counts dc ON dc.category_id = cl.descendant_id
    GROUP BY c.id, c.name, c.slug, c."parentId"
    ORDER BY c.name, c.id`;
  return rows.map((r) => ({ ...r, medicineCount: Number(r.medicineCount) }));
}

/** Rows arrive sorted by name, so every children list comes out sorted too. */
export function buildTree(rows: readonly CategoryRow[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) nodes.set(row.id, { ...row, medicineCount: Number(row.medicineCount), children: [] });
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
