import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { ancestorPath, lockCategory, lockCategoryTree } from "./category-lock";
import type { CategoryMoveInput, CategoryView } from "./category.schema";

/**
 * Re-parent a category (its whole subtree moves with it). Inside one transaction: the tree lock,
 * the row lock, then the new parent's ancestor path by recursive CTE — if the moved category is
 * on it, the new parent is the category itself or one of its descendants, and the move would
 * cut the subtree off into a cycle: CONFLICT, nothing changes.
 */
export async function moveCategory(db: Db, actor: Actor, input: CategoryMoveInput): Promise<CategoryView> {
  return db.$transaction(async (tx) => {
    await lockCategoryTree(tx);
    const current = await lockCategory(tx, input.id);
    if (current.parentId === input.parentId) return current;
    if (input.parentId !== null) {
      const path = await ancestorPath(tx, input.parentId);
      if (path.length === 0) throw new AppError("BAD_REQUEST", "Parent category not found.", { field: "parentId" });
      if (path.includes(current.id)) {
        throw new AppError("CONFLICT", "A category cannot be moved under itself or one of its own descendants.", {
          field: "parentId",
        });
      }
    }
    const updated = await tx.category.update({
      where: { id: current.id },
      data: { parentId: input.parentId },
      select: { id: true, name: true, slug: true, parentId: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "category.moved",
      entityType: "Category",
      entityId: current.id,
      before: { parentId: current.parentId },
      after: { parentId: updated.parentId },
    });
    return updated;
  });
}
