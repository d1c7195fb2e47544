import type { Tx } from "@healio/db";
import { AppError } from "../app-error";
import type { CategoryView } from "./category.schema";

export const CATEGORY_NOT_FOUND = "Category not found.";

/**
 * Serialises structural changes of the tree (create, move, delete) for the rest of the
 * transaction. Row locks alone cannot stop two concurrent moves (A under B, B under A) from each
 * passing its own cycle check; one transaction-scoped advisory lock does, and admin edits are rare.
 */
export async function lockCategoryTree(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('healio:category-tree'))`;
}

/** Locks one category row FOR UPDATE; NOT_FOUND when it does not exist. */
export async function lockCategory(tx: Tx, id: string): Promise<CategoryView> {
  const rows = await tx.$queryRaw<CategoryView[]>`
    SELECT id, name, slug, "parentId" FROM "Category" WHERE id = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", CATEGORY_NOT_FOUND);
  return row;
}

/**
 * The ids on the path from `id` up to its root, `id` first, by a recursive CTE over parentId
 * (inside the caller's transaction, after the tree lock). Empty when `id` does not exist.
 * "X is within the subtree of C" <=> C is in X's ancestor path. The depth bound is a guard only.
 */
export async function ancestorPath(tx: Tx, id: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE path (id, "parentId", depth) AS (
      SELECT id, "parentId", 0 FROM "Category" WHERE id = ${id}
      UNION ALL
      SELECT c.id, c."parentId", p.depth + 1 FROM "Category" c JOIN path p ON c.id = p."parentId"
      WHERE p.depth < 1000
    )
    SELECT id FROM path ORDER BY depth`;
  return rows.map((r) => r.id);
}
